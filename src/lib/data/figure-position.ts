/**
 * Where a printed figure sits inside its quote.
 *
 * A quote can hold the same printed text more than once ("02 đơn tố cáo, 02
 * đơn khiếu nại"), and a short figure can hide inside a longer number ("02"
 * inside "2020", "10" inside "10/10"). So a figure is only found where it stands as a whole number,
 * and observations that share a quote and a printed text take its occurrences
 * in the order the rows are written: the first row the first "02", the next
 * row the second. Coverage and the links in report pages both place figures
 * this way, so they always agree.
 */

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters that join digit groups into one number: "11.361", "92,1", the parts of "10/10". */
const isJoiner = (c: string | undefined) => c === '.' || c === ',' || c === '/';

/** Offsets in `quote` where `printed` stands as a whole number, not part of a longer one. */
export function printedOffsets(quote: string, printed: string): number[] {
  const offsets: number[] = [];
  if (!printed) return offsets;
  for (let at = quote.indexOf(printed); at >= 0; at = quote.indexOf(printed, at + 1)) {
    const before = quote[at - 1];
    const after = quote[at + printed.length];
    const joinsBefore = isDigit(printed[0]) && (isLetterOrDigit(before) || (isJoiner(before) && isDigit(quote[at - 2])));
    const joinsAfter = isDigit(printed.at(-1)) && (isDigit(after) || (isJoiner(after) && isDigit(quote[at + printed.length + 1])));
    if (!joinsBefore && !joinsAfter) offsets.push(at);
  }
  return offsets;
}

export interface PlacedFigure {
  anchor: string;
  quote: string;
  printed: string;
}

/**
 * For each figure, its offset inside its quote (or undefined when the printed
 * text is not there as a whole number). Figures are taken in the given order.
 */
export function placeInQuotes<T extends PlacedFigure>(figures: readonly T[]): Map<T, number | undefined> {
  const seen = new Map<string, number>();
  const placed = new Map<T, number | undefined>();
  for (const figure of figures) {
    const key = `${figure.anchor}\u0000${figure.quote}\u0000${figure.printed}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const offsets = printedOffsets(figure.quote, figure.printed);
    placed.set(figure, offsets.length ? offsets[Math.min(nth, offsets.length - 1)] : undefined);
  }
  return placed;
}
