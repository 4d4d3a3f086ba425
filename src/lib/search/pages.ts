/** Pages of results: 20 at a time, the page number in the address (?trang=2) so a page can be shared. */

export const PAGE_SIZE = 20;

export function pageCount(results: number): number {
  return Math.max(1, Math.ceil(results / PAGE_SIZE));
}

/** The page asked for, kept within the pages there are. */
export function clampPage(page: number, results: number): number {
  return Math.min(Math.max(1, Math.floor(page) || 1), pageCount(results));
}

/** Results of one page: [first, end) indices. */
export function pageRange(page: number): [number, number] {
  return [(page - 1) * PAGE_SIZE, page * PAGE_SIZE];
}

/**
 * The page links to show: every page when there are few, otherwise the
 * first, the last and two either side of the current one, with gaps ('…').
 */
export function pageLinks(current: number, total: number): (number | '…')[] {
  const shown = [...new Set([1, total, ...Array.from({ length: 5 }, (_, i) => current - 2 + i)])]
    .filter((p) => p >= 1 && p <= total)
    .sort((a, b) => a - b);
  return shown.flatMap((p, i) =>
    i > 0 && p - shown[i - 1]! > 2 ? ['…' as const, p] : i > 0 && p - shown[i - 1]! === 2 ? [p - 1, p] : [p],
  );
}
