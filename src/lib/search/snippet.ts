/** A figure result's snippet shows the figure itself, whatever words were searched. */
import { printedOffsets } from '../data/figure-position.ts';
import { foldVietnamese, stripDiacritics } from '../text/fold.ts';
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

const lower = (text: string) => text.toLocaleLowerCase('vi');

/**
 * Pagefind marks what its folded index matched: for "đảng viên" also "đang"
 * and the "viên" of "viên chức", for "thu" also "thương". Keep a mark only
 * when its words are words the reader typed, as typed (with the diacritics
 * typed; folded for a word typed without them), and, for a word of a phrase
 * the reader typed, only where the marks beside it continue that phrase.
 * Other marks are unwrapped, their text kept.
 */
export function keepTypedMarks(excerpt: string, typed: readonly string[]): string {
  const words = typed.map(lower);
  const same = (word: string, at: number) => {
    const want = words[at]!;
    return stripDiacritics(want) === want ? foldVietnamese(word) === foldVietnamese(want) : lower(word) === want;
  };
  // Marks side by side (only spaces between) form one run; a run is kept when it stands in the typed words in order.
  const parts = excerpt.split(/(<mark>[^<]*<\/mark>)/);
  const isMark = (p: string | undefined) => p?.startsWith('<mark>') ?? false;
  const text = (p: string) => p.slice(6, -7);
  const kept = new Set<number>();
  for (let i = 0; i < parts.length; i++) {
    if (!isMark(parts[i]) || (i >= 2 && isMark(parts[i - 2]) && /^\s*$/.test(parts[i - 1]!))) continue;
    const run = [i];
    while (isMark(parts[run.at(-1)! + 2]) && /^\s*$/.test(parts[run.at(-1)! + 1]!)) run.push(run.at(-1)! + 2);
    const runWords = run.flatMap((j) => text(parts[j]!).split(/\s+/).filter(Boolean));
    // The longest stretch of the run that is a stretch of the typed words, and no shorter than the typed phrase it comes from.
    for (let start = 0; start < words.length; start++) {
      const fits = runWords.length <= words.length - start && runWords.every((w, k) => same(w, start + k));
      if (fits && (words.length === 1 || runWords.length > 1 || words.length === runWords.length)) run.forEach((j) => kept.add(j));
    }
  }
  return parts.map((p, i) => (isMark(p) && !kept.has(i) ? text(p) : p)).join('');
}
