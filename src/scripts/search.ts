/**
 * The search page. A query becomes a plan of Pagefind searches (question
 * words set aside, places, synonyms, d/đ readings: lib/search/query.ts),
 * ranked from what Pagefind returns with each hit (lib/search/rank.ts).
 * Only the results of the page shown are loaded, each shown as its data
 * arrives. Filters are counted on the current results (lib/search/facets.ts)
 * from sets loaded beside the first search, never before it. The query,
 * filters and page live in the URL, so a search can be shared and the back
 * button works; results come as you type (debounced) and at once on Enter.
 */
import type { SearchPageData } from '../lib/pages/search-page.ts';
import type { AnswerChart, IndicatorAnswer } from '../lib/search/records.ts';
import { formatNumber } from '../lib/numbers/format.ts';
import { routes } from '../lib/routes.ts';
import { applySelection, facetCounts, type FacetSets, type Selection } from '../lib/search/facets.ts';
import { clampPage, pageCount, pageLinks, pageRange } from '../lib/search/pages.ts';
import {
  indicatorNamer,
  planQuery,
  relaxedSearches,
  RELAXED_WEIGHT,
  tokenize,
  wordProbes,
  type PlannedSearch,
  type QueryPlan,
} from '../lib/search/query.ts';
import { rankResults, tierOf, type Hit, type Ranked } from '../lib/search/rank.ts';
import { correctPlaces, correctQuery, type Vocabulary } from '../lib/search/typos.ts';
import { missingFigure, placeWithoutResults } from '../lib/search/answer.ts';
import { indicatorMatcher, indicatorsOf, weighsMeaning, type IndicatorMatcher } from '../lib/search/indicator-match.ts';
import { passageLanding, resultKind, resultObservation, resultReport } from '../lib/search/result-url.ts';
import { emphasizeFigure, keepTypedMarks, printedOfTitle } from '../lib/search/snippet.ts';
import { RESULT_KINDS } from '../lib/search/vocabulary.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors?: { id?: string; location: number }[];
  weighted_locations?: { balanced_score: number; location: number }[];
}
interface PagefindHit extends Hit {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string[] | { any: string[] }> }): Promise<{ results: PagefindHit[] }>;
}

const DEBOUNCE_MS = 150;
const SLOW_MS = 300;
const PAGE_PARAM = 'trang';
/** Fewer records than this holding every word: the query is relaxed (query.ts, relaxedSearches). */
const RELAX_BELOW = 3;

const site = JSON.parse(document.getElementById('du-lieu-tim-kiem')!.textContent!) as SearchPageData;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const planNote = document.querySelector<HTMLElement>('[data-search-plan]')!;
const help = document.querySelector<HTMLElement>('[data-search-help]')!;
const answerBox = document.querySelector<HTMLElement>('[data-search-answer]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const pager = document.querySelector<HTMLElement>('[data-search-pages]')!;
const toFilters = document.querySelector<HTMLElement>('[data-to-filters]')!;
const filtersBox = document.querySelector<HTMLElement>('[data-search-filters]')!;
const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-search-filters] input[type="checkbox"]')];

// Loaded once, on the main thread: a query here is a handful of small searches and up to 20 small records, and each
// round trip to Pagefind's web worker would cost more than the search itself. Loaded with the page (the search page
// exists to search), except from a link whose query names an indicator: its answer comes first, then the engine.
let engine: Promise<Pagefind> | undefined;
const pagefind = (): Promise<Pagefind> =>
  (engine ??= import(/* @vite-ignore */ routes.searchEngine()).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 28, noWorker: true });
    await module.init();
    return module;
  }));
const namedIn = indicatorNamer(
  site.indicators,
  (id) => site.indicatorAreas[id] ?? [],
  site.lexicon.questionWords,
  site.lexicon.abbreviated,
);
// The indicators' other wordings, fetched and weighed the first time a query needs them (one that names an indicator,
// asks for a figure or finds too little: weighsMeaning): they were half the page's bytes, and building the matcher is
// the page's own slowest step, both of which a link naming no indicator would otherwise spend before its first result.
let matcherLoading: Promise<IndicatorMatcher | undefined> | undefined;
function matcherFor(plan: QueryPlan, named: readonly string[], relaxed: boolean): Promise<IndicatorMatcher | undefined> {
  if (!weighsMeaning(plan, named, relaxed)) return Promise.resolve(undefined);
  matcherLoading ??= fetch(routes.searchWording())
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(r.status)))))
    .then((wording) => indicatorMatcher(site.indicators, wording));
  // Not loaded (offline, say): the indicators named word for word still answer; the next query tries again.
  return matcherLoading.catch(() => {
    matcherLoading = undefined;
    return undefined;
  });
}

interface State {
  q: string;
  selection: Selection;
  page: number;
}

function stateFromUrl(): State {
  const params = new URLSearchParams(location.search);
  const selection: Record<string, string[]> = {};
  for (const { name } of site.filters) {
    const values = params.getAll(name);
    if (values.length) selection[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), selection, page: Number(params.get(PAGE_PARAM) ?? 1) || 1 };
}

function urlFor(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, values] of Object.entries(state.selection)) for (const value of values) params.append(name, value);
  if (state.page > 1) params.set(PAGE_PARAM, String(state.page));
  return `${location.pathname}${params.size ? `?${params}` : ''}`;
}

function stateFromForm(): State {
  const selection: Record<string, string[]> = {};
  for (const box of boxes) if (box.checked) (selection[box.name] ??= []).push(box.value);
  return { q: input.value.trim(), selection, page: 1 };
}

// Filter sets: one filter-only search per value, each value loaded once, only when a query needs it.
// Those ranking needs (`urgent`) load side by side; those only counted, one at a time, letting the page respond between them.
const facetGroups = new Map<string, Promise<Map<string, ReadonlySet<string>>>>();
function facetGroup(name: string, urgent = false): Promise<Map<string, ReadonlySet<string>>> {
  let group = facetGroups.get(name);
  if (!group) {
    const values = site.filters.find((f) => f.name === name)?.values ?? [];
    group = pagefind().then(async (pf) => {
      const load = async (value: string) =>
        [value, new Set((await pf.search(null, { filters: { [name]: [value] } })).results.map((r) => r.id))] as const;
      if (urgent) return new Map(await Promise.all(values.map(load)));
      const sets = new Map<string, ReadonlySet<string>>();
      for (const value of values) {
        await new Promise((resume) => setTimeout(resume));
        const [, ids] = await load(value);
        sets.set(value, ids);
      }
      return sets;
    });
    facetGroups.set(name, group);
  }
  return group;
}
async function facetSets(): Promise<FacetSets> {
  const groups = await Promise.all(site.filters.map((f) => facetGroup(f.name)));
  return new Map(site.filters.map((f, i) => [f.name, groups[i]!]));
}

// Ranked results of the last queries: paging and filtering never search again.
const rankings = new Map<
  string,
  Promise<{
    plan: QueryPlan;
    ranked: Ranked<PagefindHit>[];
    setAside: string[];
    corrected: string | undefined;
    missing: string | undefined;
    /** The indicator the query names (the first, when several): its answer comes first. */
    answer: string | undefined;
  }>
>();

type Found = { search: PlannedSearch; results: PagefindHit[] }[];
const runAll = (pf: Pagefind, searches: readonly PlannedSearch[]): Promise<Found> =>
  Promise.all(searches.map(async (search) => ({ search, results: (await pf.search(search.term)).results })));
const distinct = (found: Found) => new Set(found.flatMap((f) => f.results.map((r) => r.id))).size;

/** The searched words no text holds. */
async function unknownWords(pf: Pagefind, plan: QueryPlan): Promise<string[]> {
  const probes = await Promise.all(
    wordProbes(plan).map(async ({ word, terms }) => ({
      word,
      held: (await Promise.all(terms.map((t) => pf.search(t)))).some((r) => r.results.length > 0),
    })),
  );
  return probes.filter((p) => !p.held).map((p) => p.word);
}

// The corpus's syllables, fetched once, the first time a word finds nothing.
let vocabulary: Promise<Vocabulary> | undefined;
const loadVocabulary = () => (vocabulary ??= fetch(routes.searchVocabulary()).then((r) => r.json() as Promise<Vocabulary>));

/**
 * The searches of a query, forgiving: when too few records hold every word,
 * the words no text holds are corrected against the corpus's syllables (the
 * corrected query kept when it finds more), then the query is relaxed.
 */
async function forgivingSearches(
  pf: Pagefind,
  typed: string,
): Promise<{ plan: QueryPlan; found: Found; corrected: string | undefined; relaxed: boolean }> {
  // A place typed one syllable off is what the reader meant, whatever else the wrong syllable finds.
  let corrected = correctPlaces(typed, site.lexicon.places);
  const q = corrected ?? typed;
  let plan = planQuery(q, site.lexicon);
  let found = await runAll(pf, plan.searches);
  if (distinct(found) >= RELAX_BELOW || !plan.words.length) return { plan, found, corrected, relaxed: false };
  let unknown = await unknownWords(pf, plan);
  const fixed = unknown.length ? correctQuery(q, unknown, await loadVocabulary().catch(() => ({ counts: {}, names: [] }))) : undefined;
  if (fixed) {
    const fixedPlan = planQuery(fixed, site.lexicon);
    const fixedFound = await runAll(pf, fixedPlan.searches);
    if (distinct(fixedFound) > distinct(found)) {
      [plan, found, corrected] = [fixedPlan, fixedFound, fixed];
      unknown = await unknownWords(pf, plan);
    }
  }
  const relaxed = distinct(found) < RELAX_BELOW;
  if (relaxed) found = [...found, ...(await runAll(pf, relaxedSearches(plan, unknown)))];
  return { plan, found, corrected, relaxed };
}

/** The pseudo-search of an indicator the query is about (lib/search/indicator-match.ts): a relaxed search's weight, the whole query. */
const meaningSearch = (plan: QueryPlan, searches: Found, nth: number): PlannedSearch => ({
  term: '',
  group: Math.max(0, ...searches.map((s) => s.search.group)) + 1 + nth,
  weight: RELAXED_WEIGHT,
  length: 1,
  coverage: 1,
  dropped: [],
  kept: plan.words,
});

function ranking(q: string) {
  let found = rankings.get(q);
  if (!found) {
    found = (async () => {
      const pf = await pagefind();
      // What ranking will need, asked for beside the searches rather than after them.
      const asked = planQuery(correctPlaces(q, site.lexicon.places) ?? q, site.lexicon);
      if (asked.places.length) void facetGroup('area', true);
      if (asked.asksFigure || asked.places.length) void facetGroup('kind', true);
      const { plan, found: searches, corrected, relaxed } = await forgivingSearches(pf, q);
      const wordForWord = namedIn(plan);
      const about = indicatorsOf(plan, wordForWord, await matcherFor(plan, wordForWord, relaxed), relaxed);
      const indicators = about.ids;
      // "No such figure" is said only of an indicator named word for word, never of one the words merely seem to mean.
      const missing = missingFigure(
        plan.places,
        (about.exact ? indicators : []).map((id) => ({
          name: site.indicators.find(([i]) => i === id)?.[1] ?? id,
          areas: site.indicatorAreas[id] ?? [],
        })),
        site.areas,
      );
      // The nearby areas offered when the asked place has no such figure rank as the place itself would.
      const ranking = missing ? { ...plan, places: [...plan.places, ...missing.nearby] } : plan;
      const [areas, kinds, named] = await Promise.all([
        ranking.places.length ? facetGroup('area', true) : undefined,
        plan.asksFigure || plan.places.length ? facetGroup('kind', true) : undefined,
        Promise.all(indicators.map(async (id) => ({ id, results: (await pf.search(null, { filters: { indicator: [id] } })).results }))),
      ]);
      const namedIds = new Set(named.flatMap((n) => n.results.map((r) => r.id)));
      const facts = {
        areas: (id: string) => [...(areas ?? [])].filter(([, ids]) => ids.has(id)).map(([area]) => area),
        isFigure: (id: string) => kinds?.get(RESULT_KINDS.figure)?.has(id) ?? false,
        named: (id: string) => namedIds.has(id),
      };
      // The figures of the indicator the query is about that no search of its words found (the text says "nâng lương",
      // the reader "tăng lương") are results all the same, as holding the whole query; those of the asked place only,
      // so an indicator named by a word that is not the topic ("Ủy ban kiểm tra … kỷ luật") does not bring other
      // places' figures (nor those of the places offered instead) above the place's own.
      // Only when the words found too little, or the indicator is one they mean rather than name: else the texts answer.
      const stands = relaxed || !about.exact;
      const here = (id: string) => !plan.places.length || facts.areas(id).some((a) => plan.places.includes(a));
      const meant = (stands ? named : []).map((n, i) => ({
        search: meaningSearch(plan, searches, i),
        results: n.results.filter((r) => here(r.id)),
      }));
      let ranked = rankResults([...searches, ...meant], (id) => tierOf(ranking, facts, id));
      // A place with no result holding as much of the query as the best do: said, and the nearest places that have such
      // results ranked as it would be. Results found only through a synonym or a corrected spelling answer only when none
      // in the reader's own words do: a place with a loose match is no answer nearby.
      const fullest = Math.max(0, ...ranked.map((r) => r.coverage));
      const best = ranked.filter((r) => r.coverage === fullest);
      const own = best.filter((r) => r.group === 0);
      const answering = new Set((own.length ? own : best).flatMap((r) => facts.areas(r.hit.id)));
      const empty = missing ? undefined : placeWithoutResults(plan.places, plan.words.join(' '), answering, site.areas);
      if (empty) ranked = rankResults([...searches, ...meant], (id) => tierOf({ ...plan, places: empty.nearby }, facts, id));
      // The words the first results do without: said beside them, so the reader knows what was not matched.
      const first =
        ranked[0] && ranked[0].coverage < 1
          ? searches.find((s) => s.results.some((r) => r.id === ranked[0]!.hit.id) && s.search.coverage === ranked[0]!.coverage)
          : undefined;
      const unmatched = missing ?? empty;
      return { plan, ranked, setAside: first?.search.dropped ?? [], corrected, missing: unmatched?.sentence, answer: indicators[0] };
    })();
    rankings.set(q, found);
    if (rankings.size > 20) rankings.delete(rankings.keys().next().value!);
  }
  return found;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

function fillResult(item: HTMLLIElement, data: PagefindData, typed: readonly string[] | undefined): void {
  const kind = resultKind(data.url);
  const report = site.reports[resultReport(data.url) ?? ''];
  const heading = element('h2');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = kind === 'text' ? passageLanding(data.url, data.anchors ?? [], data.weighted_locations ?? []) : data.url;
  heading.append(link);
  // What, where, when first: the figure's place and period, the passage's report.
  const facts =
    kind === 'figure' ? [data.meta.area, data.meta.date, report] : kind === 'text' ? [report] : [data.meta.area, data.meta.report];
  const meta = element('p', 'result-meta');
  meta.append(element('span', 'kind', RESULT_KINDS[kind]), ` ${facts.filter(Boolean).join(' · ')}`);
  const excerpt = element('p', 'excerpt');
  // Pagefind's excerpt is text from our own records, escaped, with <mark> around the matches; a figure's own number in bold.
  // Marks kept only on the words as typed, when the hit comes from the reader's own wording (not a synonym's or a relaxed one).
  const marked = typed ? keepTypedMarks(data.excerpt, typed) : data.excerpt;
  excerpt.innerHTML = kind === 'figure' && data.meta.title ? emphasizeFigure(marked, printedOfTitle(data.meta.title)) : marked;
  item.replaceChildren(heading, meta, excerpt);
  const observation = resultObservation(data.url);
  const indicator = data.filters.indicator?.[0];
  if (kind === 'figure' && observation && indicator) {
    const more = element('p', 'result-more');
    const a = element('a', undefined, 'Mọi số liệu của chỉ tiêu, trích dẫn và tải về');
    a.href = routes.indicator(indicator, observation, Number(data.filters.indicatorPage?.[0] ?? 1));
    more.append(a);
    item.append(more);
  }
}

// An indicator's answer (lib/search/records.ts, indicatorAnswer), fetched once.
const answers = new Map<string, Promise<IndicatorAnswer>>();
function answerOf(indicator: string): Promise<IndicatorAnswer> {
  let answer = answers.get(indicator);
  if (!answer) {
    answer = fetch(routes.searchAnswer(indicator)).then((r) => (r.ok ? (r.json() as Promise<IndicatorAnswer>) : { figures: [] }));
    answer.catch(() => answers.delete(indicator));
    answers.set(indicator, answer);
  }
  return answer;
}

/**
 * The indicator a query is about as far as the page knows without the index
 * (named word for word, or meant by its words when it asks for a figure):
 * its answer can be shown before the search engine is loaded.
 */
async function answerWithoutIndex(q: string): Promise<string | undefined> {
  const plan = planQuery(correctPlaces(q, site.lexicon.places) ?? q, site.lexicon);
  const named = namedIn(plan);
  return indicatorsOf(plan, named, await matcherFor(plan, named, false), false).ids[0];
}

/** Figures of an answer shown before "và … số liệu khác". */
const ANSWER_FIGURES = 8;

/** Phones get the chart's narrow layout: the wide one shrunk to their width would have half-size text. */
const NARROW_CHART = '(max-width: 30rem)';

/** The chart as an image (static SVG), linked to its page: narrow on phones, wide elsewhere. */
function chartFigure(chart: AnswerChart): HTMLElement {
  const figure = element('figure');
  const picture = element('picture');
  const source = element('source');
  source.media = NARROW_CHART;
  source.srcset = chart.narrow.src;
  source.width = chart.narrow.width;
  source.height = chart.narrow.height;
  const img = element('img');
  img.src = chart.wide.src;
  img.width = chart.wide.width;
  img.height = chart.wide.height;
  img.alt = chart.description;
  img.loading = 'lazy';
  picture.append(source, img);
  const caption = element('figcaption');
  const link = element('a', undefined, `Biểu đồ: ${chart.title}`);
  link.href = chart.href;
  caption.append(link);
  figure.append(picture, caption);
  return figure;
}

/** The named indicator's answer: its figures area by area, period by period, each linked to its sentence, then its chart (lib/search/records.ts, indicatorAnswer). */
function renderAnswer(indicator: string | undefined, { figures, chart }: IndicatorAnswer): void {
  answerBox.hidden = !indicator || !figures.length;
  if (answerBox.hidden) return answerBox.replaceChildren();
  const heading = element('h2');
  const link = element('a', undefined, site.indicators.find(([id]) => id === indicator)?.[1] ?? indicator);
  link.href = routes.indicator(indicator!);
  heading.append(link);
  const items = element('ul');
  items.setAttribute('role', 'list');
  for (const [printed, area, period, href] of figures.slice(0, ANSWER_FIGURES)) {
    const li = element('li');
    const figure = element('a', undefined, printed);
    figure.href = href;
    li.append(figure, ` — ${area}, ${period}`);
    items.append(li);
  }
  const rest = figures.length - ANSWER_FIGURES;
  const more = element('p');
  const all = element('a', undefined, rest > 0 ? `và ${rest} số liệu khác; biểu đồ, trích dẫn và tải về` : 'Biểu đồ, trích dẫn và tải về');
  all.href = routes.indicator(indicator!);
  more.append(all);
  answerBox.replaceChildren(heading, items, ...(chart ? [chartFigure(chart)] : []), more);
}

function renderPager(state: State, total: number): void {
  const pages = pageCount(total);
  pager.hidden = pages < 2;
  if (pages < 2) return pager.replaceChildren();
  const link = (page: number, text: string, rel?: string) => {
    const a = element('a', undefined, text);
    a.href = urlFor({ ...state, page });
    if (rel) a.rel = rel;
    if (page === state.page) a.setAttribute('aria-current', 'page');
    return a;
  };
  const items = [
    ...(state.page > 1 ? [link(state.page - 1, 'Trang trước', 'prev')] : []),
    ...pageLinks(state.page, pages).map((p) => (p === '…' ? element('span', 'gap', '…') : link(p, String(p)))),
    ...(state.page < pages ? [link(state.page + 1, 'Trang sau', 'next')] : []),
  ];
  pager.replaceChildren(...items);
}

function renderCounts(counts: Map<string, Map<string, number>> | undefined): void {
  for (const box of boxes) {
    const count = counts?.get(box.name)?.get(box.value);
    const label = box.parentElement!.querySelector('[data-count]')!;
    label.textContent = count === undefined ? '' : `(${formatNumber(count, 'count')})`;
    // A value that would give nothing cannot be ticked (one already ticked can always be unticked).
    box.disabled = count === 0 && !box.checked;
    box.parentElement!.classList.toggle('empty', count === 0);
  }
}

function describePlan(plan: QueryPlan, q: string, setAside: string[]): string {
  const searched = plan.words.join(' ');
  const parts = [
    searched !==
    tokenize(q)
      .map((t) => t.text)
      .join(' ')
      ? `Tìm các từ: ${searched}`
      : '',
    plan.places.length ? `kết quả ở ${plan.places.join(', ')} xếp trước` : '',
    plan.searches.some((s) => s.group > 0) ? 'có tính từ đồng nghĩa' : '',
    setAside.length ? `không văn bản nào có đủ mọi từ, các kết quả đầu không có: ${setAside.map((w) => `“${w}”`).join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : '';
}

let generation = 0;
async function run(): Promise<void> {
  const mine = ++generation;
  const state = stateFromUrl();
  help.hidden = Boolean(state.q);
  list.setAttribute('aria-busy', 'true');
  if (!state.q) {
    renderAnswer(undefined, { figures: [] });
    void pagefind();
    status.textContent = 'Nhập từ khóa để tìm.';
    planNote.textContent = '';
    list.replaceChildren();
    renderPager(state, 0);
    renderCounts(undefined);
    toFilters.hidden = true;
    filtersBox.hidden = true;
    list.setAttribute('aria-busy', 'false');
    return;
  }
  // Said only when a search takes a while: a status that changes at every keystroke is noise to a screen reader.
  const slow = setTimeout(() => {
    if (mine === generation) status.textContent = 'Đang tìm…';
  }, SLOW_MS);
  // The answer first (one small file) when the page knows the indicator without the index; from a link, the engine
  // (some 150 KB) is loaded only after it, so the first view is the answer's bytes, not the engine's.
  const early = rankings.has(state.q) ? undefined : await answerWithoutIndex(state.q);
  if (mine !== generation) return;
  const shownEarly = early
    ? answerOf(early).then(
        (found) => {
          if (mine === generation) renderAnswer(early, found);
        },
        () => undefined,
      )
    : undefined;
  if (shownEarly && !engine) await shownEarly;
  if (mine !== generation) return;
  let found: Awaited<ReturnType<typeof ranking>>;
  try {
    found = await ranking(state.q);
  } catch {
    rankings.delete(state.q);
    if (mine === generation) {
      status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.';
      list.setAttribute('aria-busy', 'false');
    }
    return;
  } finally {
    clearTimeout(slow);
  }
  if (mine !== generation) return;
  const { plan, ranked, setAside, corrected, missing, answer } = found;
  // The answer of the indicator the query names, before the results (one small fetch, beside this page's results).
  const answered = (answer ? answerOf(answer) : Promise.resolve({ figures: [] })).then(
    (found) => {
      if (mine === generation) renderAnswer(answer, found);
    },
    () => renderAnswer(undefined, { figures: [] }),
  );
  const filtering = Object.values(state.selection).some((v) => v.length);
  const sets = filtering ? await facetSets() : undefined;
  if (mine !== generation) return;
  const all = ranked.map((r) => r.hit.id);
  const shownIds = sets ? new Set(applySelection(all, sets, state.selection)) : undefined;
  const shown = shownIds ? ranked.filter((r) => shownIds.has(r.hit.id)) : ranked;
  const page = clampPage(state.page, shown.length);
  const [from, to] = pageRange(page);
  const pageHits = shown.slice(from, to);

  const quoted = `“${state.q}”`;
  const pages = pageCount(shown.length);
  if (!ranked.length) status.textContent = `Không tìm thấy kết quả cho ${quoted}.`;
  else if (!shown.length) {
    status.replaceChildren(
      `Không có kết quả nào cho ${quoted} với bộ lọc đã chọn (${formatNumber(ranked.length, 'count')} kết quả khi bỏ lọc). `,
    );
    const clear = element('a', undefined, 'Bỏ bộ lọc');
    clear.href = urlFor({ q: state.q, selection: {}, page: 1 });
    status.append(clear);
  } else
    status.textContent = `${formatNumber(shown.length, 'count')} kết quả cho ${quoted}${
      pages > 1 ? `, trang ${page}/${pages} (kết quả ${from + 1}–${Math.min(to, shown.length)})` : ''
    }.`;
  // The sentence on a place without results already says what comes first.
  planNote.textContent = [missing, describePlan(missing ? { ...plan, places: [] } : plan, state.q, setAside)].filter(Boolean).join(' ');
  if (corrected) {
    // The corrected query is what found these results: offered as a search of its own, so the address can say it.
    const link = element('a', undefined, corrected);
    link.href = urlFor({ ...state, q: corrected, page: 1 });
    planNote.prepend('Có phải bạn muốn tìm “', link, '”? Kết quả dưới đây là của cách viết ấy. ');
  }
  toFilters.hidden = !ranked.length;
  pager.hidden = true;

  // Each result is shown as soon as its data and those above it have arrived (so nothing shown moves);
  // only this page's data is fetched.
  const slots = pageHits.map(() => Object.assign(element('li'), { hidden: true }));
  const filled = slots.map(() => false);
  let shownUpTo = 0;
  // The list keeps its height until the new results are in, so what is below it (the filters) does not jump.
  list.style.minHeight = `${list.offsetHeight}px`;
  list.replaceChildren(...slots);
  const loaded = Promise.all(
    pageHits.map(async (r, i) => {
      const data = await r.hit.data();
      if (mine !== generation) return;
      fillResult(slots[i]!, data, r.group === 0 ? plan.words : undefined);
      filled[i] = true;
      for (; filled[shownUpTo]; shownUpTo++) slots[shownUpTo]!.hidden = false;
    }),
  );
  // Filter counts: loaded once this page's results are in, so they never hold up the first result.
  const counted = loaded.then(facetSets).then((all) => {
    if (mine === generation)
      renderCounts(
        facetCounts(
          ranked.map((r) => r.hit.id),
          all,
          state.selection,
        ),
      );
  });
  await Promise.all([loaded, answered]);
  if (mine !== generation) return;
  list.style.removeProperty('min-height');
  // Shown once the results are in place: below an empty list, they would be pushed down as results arrive.
  renderPager({ ...state, page }, shown.length);
  filtersBox.hidden = !ranked.length;
  await counted;
  if (mine === generation) list.setAttribute('aria-busy', 'false');
}

function syncForm(state: State): void {
  input.value = state.q;
  for (const box of boxes) box.checked = state.selection[box.name]?.includes(box.value) ?? false;
}

function go(state: State, how: 'push' | 'replace'): void {
  history[how === 'push' ? 'pushState' : 'replaceState'](null, '', urlFor(state));
  void run();
}

let typing: ReturnType<typeof setTimeout> | undefined;
// Whether the current history entry is a search made while typing: the next keystrokes replace it, and Enter
// keeps it; the first keystrokes after any other search add an entry, so the back button returns to that search.
let typedEntry = false;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  const state = stateFromForm();
  // Enter always searches afresh; the kept rankings serve paging, filters and the back button.
  rankings.delete(state.q);
  go(state, typedEntry ? 'replace' : 'push');
  typedEntry = false;
});
input.addEventListener('input', () => {
  clearTimeout(typing);
  const state = stateFromForm();
  const first = planQuery(state.q, site.lexicon).searches[0];
  // Fetch the index chunks for the words while the reader types.
  if (first) void pagefind().then((pf) => pf.preload(first.term));
  typing = setTimeout(() => {
    go(state, typedEntry ? 'replace' : 'push');
    typedEntry = true;
  }, DEBOUNCE_MS);
});
for (const box of boxes)
  box.addEventListener('change', () => {
    go(stateFromForm(), 'push');
    typedEntry = false;
  });
// Page links and "Bỏ bộ lọc" change the search in the page, without loading it again.
for (const region of [pager, status, planNote])
  region.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    typedEntry = false;
    syncForm(stateFromUrl());
    void run();
    // Keyboard and screen-reader users continue at the top of the new results.
    list.focus();
    list.scrollIntoView({ block: 'start' });
  });
window.addEventListener('popstate', () => {
  typedEntry = false;
  syncForm(stateFromUrl());
  void run();
});
syncForm(stateFromUrl());
await run();
