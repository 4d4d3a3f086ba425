/**
 * What goes into the search index, built from the data rather than scraped
 * from pages, so every record says exactly what a reader searches for:
 *
 * - every figure as its own record, landing on the figure in its report;
 * - every report cut into passages (sections.ts), landing on the paragraph
 *   that matched (the passage's ids travel with it, see the search page);
 * - every indicator's page.
 *
 * Pagefind 1.6 searches meta fields as well as the text, so meta holds only
 * what may be searched (titles, places, periods); the kind of a result and
 * its report are read from its address (result-url.ts).
 */
import { escapeXml } from '../charts/text.ts';
import { areaLabel, type Area } from '../data/areas.ts';
import { figurePath } from '../data/citation.ts';
import { indicatorPageNumber, INDICATOR_PAGE_ROWS } from '../pages/indicator-page.ts';
import { comparabilityLevels } from '../data/indicators.ts';
import { observationRows } from '../data/observation-rows.ts';
import type { Observation } from '../data/observations.ts';
import type { ReportEdition } from '../data/dataset.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatPeriod } from '../numbers/format.ts';
import { documentTypes } from '../reports/schema.ts';
import { routes } from '../routes.ts';
import { searchFilters, type SearchFilters } from './filters.ts';
import { reportSections, type ReportSection } from './sections.ts';
import { buildVocabulary, type Vocabulary } from './typos.ts';
import { FIGURE_TITLE_SEPARATOR } from './vocabulary.ts';

/** A record Pagefind indexes as given (its text, meta and filters). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  /**
   * The search page's filters, and for a figure its indicator (lib/search/query.ts, indicatorNamer) and, past the first, the
   * indicator page that holds its row (so the result's link to its row lands on the right page).
   */
  filters: SearchFilters & { indicator?: string[]; indicatorPage?: string[] };
}

/** A record Pagefind reads as HTML, so the ids of its paragraphs come back with a hit. */
export interface HtmlSearchRecord {
  url: string;
  content: string;
  filters: SearchFilters;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * A figure: its title names the figure and what it counts; its text is its
 * quote followed by what it counts, so the positions of those words come back
 * with a hit too (a phrase match is seen without loading the record).
 */
export function figureRecords(data: SiteData, pageRows = INDICATOR_PAGE_ROWS): SearchRecord[] {
  const areaById = new Map(data.areas.map((a) => [a.id, a]));
  return data.observations.map((o) => {
    const indicator = data.indicatorById.get(o.indicator)!;
    const area = areaById.get(o.area)!;
    const counts = `${indicator.name}${o.category ? ` (${o.category})` : ''}`;
    const page = indicatorPageNumber(data, o, pageRows);
    return {
      url: figurePath(o),
      content: `${o.quote} — ${counts}.`,
      language: 'vi',
      meta: {
        title: `${o.printed}${FIGURE_TITLE_SEPARATOR}${counts}`,
        area: areaLabel(area),
        date: formatPeriod(o),
      },
      filters: {
        ...searchFilters({ areas: [area], reports: [data.reports.get(o.report)!.meta], kind: 'figure' }),
        indicator: [o.indicator],
        ...(page > 1 ? { indicatorPage: [String(page)] } : {}),
      },
    };
  });
}

/** One figure of an indicator's answer: the figure as printed (with its category), where, when, and the address of its sentence. */
export type AnswerFigure = [printed: string, area: string, period: string, href: string];

/** The chart of an answer: its page, its images (narrow for phones, wide), their sizes and what it shows, for the image's text. */
export interface AnswerChart {
  href: string;
  title: string;
  description: string;
  narrow: { src: string; width: number; height: number };
  wide: { src: string; width: number; height: number };
}

/** An indicator's answer: its figures and, when one draws them, its first chart (shown as an image, not only linked). */
export interface IndicatorAnswer {
  figures: AnswerFigure[];
  chart?: AnswerChart;
}

/**
 * An indicator's answer on the search page: its figures area by area (in the
 * area list's order), each area's periods in time order, each linked to the
 * sentence it stands in. Written beside the search page
 * (/tim-kiem/tra-loi/<indicator>.json), so naming an indicator costs the
 * search page one small fetch and nothing of it is searched.
 */
export function indicatorAnswer(data: SiteData, observations: readonly Observation[]): AnswerFigure[] {
  const order = new Map(data.areas.map((a, i) => [a.id, i]));
  return observationRows(data, [...observations])
    .sort((a, b) => order.get(a.area.id)! - order.get(b.area.id)! || a.period.sortKey.localeCompare(b.period.sortKey))
    .map((row) => [row.category ? `${row.printed} (${row.category})` : row.printed, row.area.label, row.period.label, row.source.href]);
}

/** An indicator's page: what it counts, in which unit, and where the figures come from. */
export function indicatorRecords(data: SiteData): SearchRecord[] {
  return data.indicators
    .filter((i) => data.observationsByIndicator.has(i.id))
    .map((indicator) => {
      const observations = data.observationsByIndicator.get(indicator.id)!;
      const areas = data.areas.filter((a) => observations.some((o) => o.area === a.id));
      const reports = unique(observations.map((o) => o.report)).map((slug) => data.reports.get(slug)!.meta);
      const note = indicator.comparability_note ? `: ${indicator.comparability_note}` : '';
      return {
        url: routes.indicator(indicator.id),
        content: `${indicator.definition}. Đơn vị: ${indicator.unit}. Chủ đề: ${indicator.topic}. ${comparabilityLevels[indicator.comparability]}${note}.`,
        language: 'vi' as const,
        meta: { title: indicator.name, area: areas.map((a) => a.name).join(', ') },
        filters: searchFilters({ areas, reports, kind: 'indicator' }),
      };
    });
}

const element = (tag: string, text: string, id?: string) => `<${tag}${id ? ` id="${escapeXml(id)}"` : ''}>${escapeXml(text)}</${tag}>`;

function htmlRecord(title: string, filters: SearchFilters, body: string[]): string {
  const markers = Object.entries(filters).flatMap(([name, values]) =>
    values.map((value) => `<span data-pagefind-filter="${escapeXml(`${name}:${value}`)}"></span>`),
  );
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeXml(title)}</title></head><body><main data-pagefind-body><span data-pagefind-meta="${escapeXml(`title:${title}`)}"></span>${markers.join('')}${body.join('')}</main></body></html>`;
}

/** The header facts a reader may search for: who issued it, its number, outlet and author. */
function headerFacts(report: ReportEdition): string[] {
  const m = report.meta;
  return [
    m.title,
    m.subtitle,
    m.kindPrinted,
    m.bylinePrinted,
    m.issuer,
    m.documentNumber,
    m.outlet,
    m.author,
    documentTypes[m.documentType],
    m.summary,
  ].filter((s): s is string => Boolean(s));
}

function sectionTitle(report: ReportEdition, section: ReportSection): string {
  if (section.kind === 'opening') return report.meta.title;
  if (section.kind === 'footnotes') return `Chú thích — ${report.meta.shortTitle}`;
  return section.heading!;
}

/** Every report as passages: its opening (with its header facts), each section, its footnotes. */
export function reportRecords(data: SiteData): HtmlSearchRecord[] {
  return [...data.reports.values()].flatMap((report) => {
    const areas: Area[] = data.areas.filter((a) => report.meta.areas.includes(a.id));
    const filters = searchFilters({ areas, reports: [report.meta], kind: 'text' });
    return reportSections(report.blocks, report.closing).map((section) => {
      const body = [
        ...(section.kind === 'opening' ? headerFacts(report).map((fact) => element('p', fact)) : []),
        ...(section.heading ? [element('h2', section.heading, section.id)] : []),
        ...section.blocks.map((block) => element('p', block.text, block.id)),
        ...section.closing.map((line) => element('p', line)),
      ];
      const landing = section.kind === 'footnotes' ? section.blocks[0]!.id : section.id;
      return { url: routes.report(report.slug, landing), content: htmlRecord(sectionTitle(report, section), filters, body), filters };
    });
  });
}

/** The syllables of everything searched, for typo correction (typos.ts), with the place and indicator names it prefers. */
export function searchVocabulary(data: SiteData): Vocabulary {
  const texts = [
    ...[...data.reports.values()].flatMap((r) => [r.meta.title, ...r.blocks.map((b) => b.text), ...r.closing]),
    ...[...figureRecords(data), ...indicatorRecords(data)].flatMap((r) => [r.content, ...Object.values(r.meta)]),
  ];
  return buildVocabulary(texts, [...data.areas.map((a) => a.name), ...data.indicators.map((i) => i.name)]);
}
