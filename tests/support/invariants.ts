/**
 * What must hold on any page, measured in the browser the way a reader meets
 * it: nothing marked `hidden` is drawn, a table's header cells stand over
 * their columns, no text is clipped or pushed past the main column, and
 * targets are big enough for a thumb. Each check returns what broke, named
 * and measured, so a failure says where and by how much.
 */
import type { Page } from 'playwright-core';

/** WCAG 2.5.8 (AA): a target at least 24 × 24 CSS px, unless it is a link inside a sentence. */
export const MIN_TARGET = 24;
/** Under this width (40rem) a table with class "cards" may show its rows as cards; from it, a table is a table. */
export const CARD_LAYOUT_BELOW = 640;

export interface Findings {
  /** Elements with `hidden` (or inside one) that still have a box. */
  hiddenRendered: string[];
  /** Header cells not over their column's body cells, caption not above the header: with the offset in px. */
  misalignedTables: string[];
  /** Tables shown as cards at this width although it is not under 40rem. */
  cardTablesWide: string[];
  /** Elements whose right edge passes the main column, or text boxes whose content is wider than the box. */
  clipped: string[];
  /** Interactive elements smaller than 24 × 24 px. */
  smallTargets: string[];
}

/** Runs every check on the page as it is now (at its current viewport). */
export function findings(page: Page): Promise<Findings> {
  return page.evaluate(
    ({ minTarget, cardBelow }) => {
      const width = document.documentElement.clientWidth;
      const name = (el: Element): string => {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` “${text}”` : ''}`;
      };
      const drawn = (el: Element) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true });
      const px = (n: number) => `${Math.round(n)} px`;

      // 1. hidden: the element and everything in it without a box (a descendant could be positioned out of it).
      const hiddenRendered = [...document.querySelectorAll('[hidden]:not([hidden="until-found"])')]
        .filter((el) => el.getClientRects().length > 0 || [...el.querySelectorAll('*')].some((d) => d.getClientRects().length > 0))
        .map(name);

      // 2. Tables: in table mode, each header cell of the last header row over the body cells of its column.
      const misalignedTables: string[] = [];
      const cardTablesWide: string[] = [];
      for (const table of document.querySelectorAll('table')) {
        if (!drawn(table)) continue;
        const label = table.caption?.textContent?.trim() || table.closest('[aria-label]')?.getAttribute('aria-label') || name(table);
        const bodyRows = [...table.tBodies].flatMap((b) => [...b.rows]).filter(drawn);
        const cards = bodyRows.some((row) => getComputedStyle(row).display !== 'table-row');
        if (cards) {
          if (width >= cardBelow) cardTablesWide.push(`${label}: rows shown as cards at ${width} px`);
          continue;
        }
        const head = table.tHead?.rows[table.tHead.rows.length - 1];
        if (!head || bodyRows.length === 0) continue;
        const columns = (row: HTMLTableRowElement) => {
          const spans: { start: number; cell: HTMLTableCellElement }[] = [];
          let col = 0;
          for (const cell of row.cells) {
            spans.push({ start: col, cell });
            col += cell.colSpan;
          }
          return spans;
        };
        const headCells = new Map(columns(head).map((c) => [c.start, c.cell]));
        let worst = 0;
        let where = '';
        for (const row of [bodyRows[0]!, bodyRows[bodyRows.length - 1]!]) {
          for (const { start, cell } of columns(row)) {
            const th = headCells.get(start);
            if (!th || th.colSpan !== cell.colSpan) continue;
            const a = th.getBoundingClientRect();
            const b = cell.getBoundingClientRect();
            const offset = Math.max(Math.abs(a.left - b.left), Math.abs(a.right - b.right));
            if (offset > worst) [worst, where] = [offset, `column “${th.textContent?.trim()}”`];
          }
        }
        if (worst > 1) misalignedTables.push(`${label}: ${where} header and body cells ${px(worst)} apart`);
        const caption = table.caption;
        if (caption && drawn(caption) && caption.getBoundingClientRect().bottom > head.getBoundingClientRect().top + 1)
          misalignedTables.push(`${label}: caption not above the header row`);
      }

      // 3. Clipping: in the main column, nothing past its content box; a box that clips (or scrolls) sideways holds no wider content.
      const clipped: string[] = [];
      const main = document.querySelector('main');
      if (main) {
        const box = main.getBoundingClientRect();
        const style = getComputedStyle(main);
        const left = box.left + parseFloat(style.paddingLeft) - 1;
        const right = Math.min(width, box.right - parseFloat(style.paddingRight)) + 1;
        const scrollsSideways = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
        for (const el of main.querySelectorAll('*')) {
          if (!drawn(el) || (el.closest('svg') !== null && el.tagName !== 'svg')) continue;
          const rect = el.getBoundingClientRect();
          // Screen-reader-only text (1 px, clipped) is not read with the eyes.
          if (rect.width <= 1 || rect.height <= 1) continue;
          const inScroller = [...ancestors(el.parentElement!, main)].some(scrollsSideways);
          // A box fixed to the screen (the "Mục lục" link) is placed against the screen, not the column.
          const onScreen = getComputedStyle(el).position === 'fixed' && rect.left >= 0 && rect.right <= width;
          if (!inScroller && !onScreen && (rect.right > right || rect.left < left))
            clipped.push(
              `${name(el)}: ${rect.right > right ? `${px(rect.right - right)} past the right` : `${px(left - rect.left)} past the left`} of the main column`,
            );
          if (scrollsSideways(el) && el.scrollWidth > el.clientWidth + 1 && !(el instanceof HTMLTextAreaElement))
            clipped.push(`${name(el)}: content ${px(el.scrollWidth - el.clientWidth)} wider than its box`);
        }
      }
      function* ancestors(from: Element, stop: Element): Generator<Element> {
        for (let el: Element | null = from; el && el !== stop; el = el.parentElement) yield el;
      }

      // 4. Targets: links inside running text are exempt (WCAG 2.5.8), but not ¶, footnote and copy links, which are set apart.
      const smallTargets: string[] = [];
      const alwaysTargets = '.permalink, [data-footnote-ref], .data-footnote-backref, .copy-button, sup a';
      const targets = document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
      );
      for (const el of targets) {
        if (!drawn(el) || el.matches('.skip-link, .visually-hidden') || el.closest('svg')) continue;
        // A box or radio inside its label is hit anywhere on the label.
        const hit = el.matches('input[type="checkbox"], input[type="radio"]') ? (el.closest('label') ?? el) : el;
        const rect = hit.getBoundingClientRect();
        if (rect.width <= 1 && rect.height <= 1) continue;
        if (rect.width >= minTarget - 0.5 && rect.height >= minTarget - 0.5) continue;
        if (!el.matches(alwaysTargets) && getComputedStyle(el).display === 'inline') {
          // Inline in a sentence: its block holds other text than this link.
          let block: Element | null = el.parentElement;
          while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
          const own = (el.textContent ?? '').trim().length;
          const all = (block?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
          if (all > own + 2) continue;
        }
        smallTargets.push(`${name(el)}: ${Math.round(rect.width)} × ${Math.round(rect.height)} px`);
      }
      return { hiddenRendered, misalignedTables, cardTablesWide, clipped, smallTargets };
    },
    { minTarget: MIN_TARGET, cardBelow: CARD_LAYOUT_BELOW },
  );
}

/**
 * A table filter used as a reader uses it: the first area that leaves some rows
 * out is chosen, so the hidden rows are there to be checked. Returns the
 * filter's status line ("Hiển thị 58 / 558 số liệu"), or undefined without a filter.
 */
export function chooseFilterArea(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const form = document.querySelector<HTMLFormElement>('form[data-table-filter]');
    const select = form?.querySelector<HTMLSelectElement>('select[name="area"]');
    if (!form || !select || form.hidden) return undefined;
    const table = document.getElementById(form.dataset.tableFilter!)?.querySelector('table');
    const rows = [...(table?.tBodies[0]?.rows ?? [])];
    const option = [...select.options].find((o) => o.value && rows.some((r) => r.dataset.area !== o.value));
    if (!option) return undefined;
    select.value = option.value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    return form.querySelector('[role="status"]')?.textContent ?? '';
  });
}
