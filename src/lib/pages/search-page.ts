/**
 * What the search page knows before any search: the filters and their
 * values (shown at once, counted when a query runs), the field's words
 * (lexicon.ts) and the short title of every report, which results show
 * beside a passage or a figure. Embedded in the page as JSON for its script.
 * The indicators' other wordings are not: most links need none, and they
 * were half the page's bytes (searchWording, /tim-kiem/cach-goi.json).
 */
import { areaLabel } from '../data/areas.ts';
import type { SiteData } from '../data/site-data.ts';
import type { SearchArea } from '../search/answer.ts';
import { searchFilters } from '../search/filters.ts';
import { searchLexicon } from '../search/lexicon.ts';
import { readWording } from '../search/wording.ts';
import type { SearchLexicon } from '../search/query.ts';
import { FILTERS, RESULT_KINDS, type FilterName } from '../search/vocabulary.ts';

export interface SearchPageData {
  lexicon: SearchLexicon;
  /** Report slug → its short title. */
  reports: Record<string, string>;
  /** Every indicator with figures, [id, name]: a query naming one brings its figures first. */
  indicators: [string, string][];
  /** Indicator id → names of the areas with a figure of it: the search can say when the asked place has none. */
  indicatorAreas: Record<string, string[]>;
  /** The area tree, names with their level and parent: a ward's figure is offered for its district. */
  areas: SearchArea[];
  filters: { name: FilterName; label: string; values: string[] }[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Indicator id → the words its other wordings add to its name (data/search-wording.csv): a question in other words finds it. */
export const searchWording = (data: SiteData): Record<string, string> =>
  readWording(undefined, new Map(data.indicators.map((i) => [i.id, i.name])));

export function searchPage(data: SiteData): SearchPageData {
  // Every record's filters come from its reports and areas (lib/search/records.ts): all of them together give every value.
  const reports = [...data.reports.values()].map((r) => r.meta);
  const used = new Set([...reports.flatMap((r) => r.areas), ...data.observations.map((o) => o.area)]);
  const all = searchFilters({ areas: data.areas.filter((a) => used.has(a.id)), reports, kind: 'text' });
  const valuesOf = (name: FilterName): string[] => {
    // Kinds in their own order; years newest first.
    if (name === 'kind') return Object.values(RESULT_KINDS);
    return name === 'year' ? [...all.year].sort().reverse() : [...all[name]].sort(byName);
  };
  return {
    lexicon: searchLexicon(data),
    reports: Object.fromEntries([...data.reports.values()].map((r) => [r.slug, r.meta.shortTitle])),
    indicators: data.indicators.filter((i) => data.observationsByIndicator.has(i.id)).map((i) => [i.id, i.name]),
    indicatorAreas: Object.fromEntries(
      [...data.observationsByIndicator].map(([id, observations]) => [
        id,
        [...new Set(observations.map((o) => data.areas.find((a) => a.id === o.area)?.name ?? o.area))].sort(byName),
      ]),
    ),
    areas: data.areas.map((a) => ({
      name: a.name,
      label: areaLabel(a),
      ...(a.parent ? { parent: data.areas.find((p) => p.id === a.parent)?.name ?? a.parent } : {}),
    })),
    filters: (Object.keys(FILTERS) as FilterName[]).map((name) => ({ name, label: FILTERS[name], values: valuesOf(name) })),
  };
}
