/** A figure result's snippet shows the figure itself, whatever words were searched. */
import { printedOffsets } from '../data/figure-position.ts';
import { FIGURE_TITLE_SEPARATOR } from './vocabulary.ts';

/** The printed figure a figure result's title starts with. */
export function printedOfTitle(title: string): string {
  return title.split(FIGURE_TITLE_SEPARATOR)[0]!;
}

/**
 * Pagefind's excerpt (escaped text with <mark> around matches) with the
 * printed figure in <strong>, where it stands whole in the excerpt (not
 * inside a longer number); unchanged when it is not there or is cut by a mark.
 */
export function emphasizeFigure(excerpt: string, printed: string): string {
  const escaped = printed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [at] = printedOffsets(excerpt, escaped);
  return at === undefined ? excerpt : `${excerpt.slice(0, at)}<strong>${escaped}</strong>${excerpt.slice(at + escaped.length)}`;
}
