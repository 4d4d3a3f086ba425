/**
 * The search page: Pagefind's index, searched with every d/đ reading of the
 * query (see lib/search/query.ts), results merged and re-ranked so that the
 * diacritics the reader typed come first. The query and filters live in the
 * URL, so a search can be shared and the back button works.
 */
import { containsPhrase, exactMatchCount, mergeResults, queryVariants } from '../lib/search/query.ts';
import { FILTERS } from '../lib/search/vocabulary.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 20;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filtersBox = document.querySelector<HTMLElement>('[data-search-filters]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

const pagefindUrl = '/pagefind/pagefind.js';
const pagefind: Pagefind = await import(/* @vite-ignore */ pagefindUrl);
await pagefind.options({ excerptLength: 28 });

function stateFromUrl(): { q: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const name of Object.keys(FILTERS)) {
    const values = params.getAll(name);
    if (values.length) filters[name] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

function urlFromForm(): string {
  const params = new URLSearchParams();
  const data = new FormData(form);
  const q = String(data.get('q') ?? '').trim();
  if (q) params.set('q', q);
  for (const name of Object.keys(FILTERS)) for (const value of data.getAll(name)) params.append(name, String(value));
  return `${location.pathname}${params.size ? `?${params}` : ''}`;
}

async function renderFilters(selected: Record<string, string[]>): Promise<void> {
  const available = await pagefind.filters();
  filtersBox.replaceChildren(
    ...Object.entries(FILTERS)
      .filter(([name]) => available[name])
      .map(([name, label]) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = label;
        fieldset.append(legend);
        const values = Object.entries(available[name]!).sort(([a], [b]) =>
          name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi'),
        );
        for (const [value, count] of values) {
          const labelEl = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = selected[name]?.includes(value) ?? false;
          box.setAttribute('form', 'tim-kiem-form');
          labelEl.append(box, ` ${value} (${count})`);
          fieldset.append(labelEl);
        }
        return fieldset;
      }),
  );
}

function resultItem(data: PagefindData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  // A text result lands on the section nearest to the match; a figure on its paragraph.
  const target = data.sub_results?.find((s) => s.url.includes('#') && /<mark>/.test(s.excerpt)) ?? data.sub_results?.[0];
  link.href = target && target.url.includes('#') ? target.url : data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = data.meta.kind ?? '';
  meta.append(kind, [data.meta.report, data.meta.area, data.meta.date].filter(Boolean).join(' · '));
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is text from our own pages with <mark> around matches.
  excerpt.innerHTML = (target?.excerpt && /<mark>/.test(target.excerpt) ? target.excerpt : data.excerpt) ?? '';
  item.append(heading, meta, excerpt);
  if (data.meta.indicator) {
    const more = document.createElement('p');
    const a = document.createElement('a');
    a.href = data.meta.indicator;
    a.textContent = 'Xem số liệu, trích dẫn và tải về';
    more.append(a);
    item.append(more);
  }
  item.dataset.exact = String(exactMatchCount(query, data.content));
  item.dataset.phrase = containsPhrase(query, data.content) ? '1' : '0';
  return item;
}

let generation = 0;
async function run(): Promise<void> {
  const { q, filters } = stateFromUrl();
  input.value = q;
  await renderFilters(filters);
  const mine = ++generation;
  if (!q.trim()) {
    status.textContent = 'Nhập từ khóa để tìm.';
    list.replaceChildren();
    return;
  }
  status.textContent = 'Đang tìm…';
  const searches = await Promise.all(queryVariants(q).map((variant) => pagefind.search(variant, { filters })));
  const merged = mergeResults(searches.map((s) => s.results));
  const data = await Promise.all(merged.slice(0, PAGE_SIZE).map(({ result }) => result.data()));
  if (mine !== generation) return;
  const items = data.map((d) => resultItem(d, q));
  // Exact diacritics first, then the words as a phrase; otherwise (the sort is stable) Pagefind's order stands.
  items.sort((a, b) => Number(b.dataset.exact) - Number(a.dataset.exact) || Number(b.dataset.phrase) - Number(a.dataset.phrase));
  list.replaceChildren(...items);
  status.textContent = merged.length
    ? `${merged.length.toLocaleString('vi-VN')} kết quả cho “${q}”${merged.length > PAGE_SIZE ? `, hiển thị ${PAGE_SIZE} kết quả đầu` : ''}.`
    : `Không tìm thấy kết quả cho “${q}”.`;
}

form.id = 'tim-kiem-form';
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.pushState(null, '', urlFromForm());
  void run();
});
filtersBox.addEventListener('change', () => {
  history.pushState(null, '', urlFromForm());
  void run();
});
window.addEventListener('popstate', () => void run());
await run();
