/**
 * What a search result's address says about it: its kind (a figure has a
 * figure id, indicators and charts live under their own sections, the rest
 * are passages of reports) and the report it belongs to. Records carry no
 * such meta: Pagefind 1.6 would search it (see records.ts).
 */
import { observationOfAnchor, routes } from '../routes.ts';
import type { ResultKind } from './vocabulary.ts';

const address = (url: string) => new URL(url, 'https://site.invalid');

export function resultKind(url: string): ResultKind {
  const { pathname, hash } = address(url);
  if (observationOfAnchor(decodeURIComponent(hash.slice(1)))) return 'figure';
  if (pathname.startsWith(routes.charts())) return 'chart';
  if (pathname.startsWith(routes.indicators())) return 'indicator';
  return 'text';
}

/** The slug of the report a passage or a figure belongs to. */
export function resultReport(url: string): string | undefined {
  const prefix = routes.reports();
  const { pathname } = address(url);
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length).split('/')[0] || undefined : undefined;
}

/** The observation a figure result stands for. */
export function resultObservation(url: string): string | undefined {
  return observationOfAnchor(decodeURIComponent(address(url).hash.slice(1)));
}

/** Words around a match that count as one place in a passage. */
export const MATCH_WINDOW = 12;

/**
 * Where a passage's hit should land: the element with an id (paragraph,
 * footnote, heading) that holds the densest run of matched words, not the
 * first match nor the top of the section. Positions are Pagefind's word
 * positions in the passage, for the matches and for each element with an id.
 */
export function passageLanding(
  url: string,
  anchors: readonly { id?: string; location: number }[],
  matches: readonly { balanced_score: number; location: number }[],
): string {
  const slug = resultReport(url);
  if (!slug || !matches.length) return url;
  const weight = (at: number) =>
    matches.filter((m) => m.location >= at && m.location < at + MATCH_WINDOW).reduce((sum, m) => sum + m.balanced_score, 0);
  const best = matches.reduce((a, b) => (weight(b.location) > weight(a.location) ? b : a));
  const anchor = anchors
    .filter((a) => a.id && a.location <= best.location)
    .sort((a, b) => a.location - b.location)
    .at(-1);
  return anchor ? routes.report(slug, anchor.id) : url;
}
