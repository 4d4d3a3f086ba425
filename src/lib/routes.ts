/**
 * Every address on the site, built in one place. Routes are part of the
 * contract (tests, citations and other sites link to them), so pages,
 * components and the lib never type a path by hand: they ask here.
 */
import { SITE_URL } from './site.ts';

const fragment = (id?: string) => (id ? `#${id}` : '');
/** Page `number` of a paged address: page 1 is the address itself, then ".../trang-2/" (lib/pages/paging.ts). */
const paged = (first: string, page: number) => (page > 1 ? `${first}trang-${page}/` : first);

/**
 * A figure's own id in its report page: "so-lieu-" and the observation id
 * ("so-lieu-ntl-063"). Paragraphs are p-N, footnotes fn-N / fnref-N, and
 * headings never take this shape (edition/block-ids.ts), so ids cannot collide.
 */
export const figureAnchor = (observationId: string) => `so-lieu-${observationId}`;
const FIGURE_ANCHOR = /^so-lieu-([a-z]+-\d+)$/;
/** The observation id a figure anchor stands for, or undefined for any other id. */
export const observationOfAnchor = (id: string): string | undefined => FIGURE_ANCHOR.exec(id)?.[1];

export const routes = {
  home: () => '/',
  reports: () => '/bao-cao/',
  /** A report page, optionally at a paragraph, footnote or figure id. */
  report: (slug: string, id?: string) => `/bao-cao/${slug}/${fragment(id)}`,
  /** One figure in its report, highlighted on arrival (CSS :target). */
  figure: (slug: string, observationId: string) => routes.report(slug, figureAnchor(observationId)),
  /** A report's figure citations, fetched only when a reader copies one. */
  reportCitations: (slug: string) => `/bao-cao/${slug}/trich-dan.json`,
  reportSource: (slug: string) => `/bao-cao/${slug}/van-ban-goc.txt`,
  /** A report's print stylesheet (lib/print.ts). */
  reportPrintCss: (slug: string) => `/bao-cao/${slug}/in.css`,
  reportsFeed: () => '/bao-cao/feed.xml',
  areas: () => '/dia-ban/',
  area: (id: string) => `/dia-ban/${id}/`,
  indicators: (id?: string) => `/so-lieu/${fragment(id)}`,
  /** One page of an area's figures (lib/pages/figure-pages.ts), optionally at an id such as the table's. */
  areaFigures: (areaId: string, page = 1, id?: string) => `${paged(`/so-lieu/dia-ban/${areaId}/`, page)}${fragment(id)}`,
  /** An indicator page, optionally at one observation's row, which is on page `page` of the indicator (lib/pages/indicator-pages.ts). */
  indicator: (id: string, observationId?: string, page = 1) => `${paged(`/so-lieu/${id}/`, page)}${fragment(observationId)}`,
  charts: () => '/bieu-do/',
  chart: (id: string) => `/bieu-do/${id}/`,
  /** A chart's downloads: "<id>.svg", "<id>.csv", "<id>-in.png"… */
  chartFile: (id: string, suffix: string, extension: 'png' | 'svg' | 'csv') => `/bieu-do/${id}${suffix}.${extension}`,
  embeds: () => '/nhung/',
  embed: (id: string) => `/nhung/${id}/`,
  /** Pagefind's script, loaded by the search page only. */
  searchEngine: () => '/pagefind/pagefind.js',
  /** Pagefind's WebAssembly for a language without a stemmer (Vietnamese): checked to exist by the site's link test. */
  /** The corpus's syllables, fetched by the search page only when a word finds nothing (lib/search/typos.ts). */
  searchVocabulary: () => '/tim-kiem/tu-vung.json',
  /** Every indicator's other wordings (lib/search/wording.ts), fetched by the search page only when a query is weighed against them. */
  searchWording: () => '/tim-kiem/cach-goi.json',
  abbreviations: () => '/viet-tat/',
  searchAnswer: (indicator: string) => `/tim-kiem/tra-loi/${indicator}.json`,
  /** A chart's narrow layout for the search page's answer box. */
  searchChart: (id: string) => `/tim-kiem/bieu-do/${id}.svg`,
  search: (query?: string) => `/tim-kiem/${query ? `?${new URLSearchParams({ q: query })}` : ''}`,
  data: (id?: string) => `/du-lieu/${fragment(id)}`,
  dataFile: (name: string) => `/du-lieu/${name}`,
  about: (id?: string) => `/gioi-thieu/${fragment(id)}`,
  ogImage: (name: string) => `/og/${name}.png`,
  sitemap: () => '/sitemap.xml',
  favicon: () => '/favicon.svg',
} as const;

/** Absolute URL of a site path, for citations, feeds and embeds that are pasted elsewhere. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).href;
}

/** The address as readers write it, without the scheme: "baocaomo.vn/bieu-do/x/". */
export function displayUrl(path: string): string {
  return absoluteUrl(path).replace(/^https?:\/\//, '');
}
