/**
 * Progressive enhancement for data tables: a text filter that ignores
 * diacritics ("dang vien" finds "đảng viên"), an area filter, and sortable
 * columns. Without JavaScript the full table is still there.
 */
import { formatNumber } from '../lib/numbers/format.ts';
import { foldVietnamese } from '../lib/text/fold.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-table-filter]')) {
  const table = document.getElementById(form.dataset.tableFilter!)?.querySelector('table');
  if (!table) continue;
  const rows = [...table.tBodies[0]!.rows];
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  form.hidden = false;
  // /so-lieu/?dia-ban=duc-giang opens the table filtered to one area (links from area pages).
  const preset = new URLSearchParams(location.search).get('dia-ban');
  const select = form.querySelector<HTMLSelectElement>('select[name="area"]');
  if (preset && select && [...select.options].some((o) => o.value === preset)) select.value = preset;

  const apply = () => {
    const text = foldVietnamese(String(new FormData(form).get('q') ?? '')).trim();
    const area = String(new FormData(form).get('area') ?? '');
    let shown = 0;
    for (const row of rows) {
      const visible = (!text || row.dataset.search!.includes(text)) && (!area || row.dataset.area === area);
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = `Hiển thị ${formatNumber(shown, 'count')} / ${formatNumber(rows.length, 'count')} số liệu`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());

  apply();
  table.querySelectorAll<HTMLTableCellElement>('th[data-sort]').forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th[aria-sort]').forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column]!;
        return cell.dataset.value ?? cell.textContent ?? '';
      };
      const numeric = rows.every(
        (row) => row.cells[column]!.dataset.value !== undefined && !Number.isNaN(Number(row.cells[column]!.dataset.value)),
      );
      rows.sort((a, b) => {
        const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'vi');
        return ascending ? order : -order;
      });
      table.tBodies[0]!.append(...rows);
    });
  });
}
