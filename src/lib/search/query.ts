/**
 * Query expansion for Vietnamese typed without diacritics.
 *
 * Pagefind folds tone and vowel marks ("Nguyen" finds "Nguyễn") but keeps đ
 * as its own letter, so "dang vien" never reaches "đảng viên". In Vietnamese
 * spelling d and đ only ever begin a syllable, so every query word that starts
 * with "d" stands for "d…" or "đ…": we search each combination and merge.
 * The index and the excerpts stay exactly as printed.
 */
import { foldVietnamese } from '../text/fold.ts';

/** At most 2^MAX_EXPANDED searches for one query. */
export const MAX_EXPANDED = 4;

export function queryVariants(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  let variants: string[][] = [[]];
  let expanded = 0;
  for (const word of words) {
    const canExpand = /^[dD]/.test(word) && expanded < MAX_EXPANDED;
    if (canExpand) expanded++;
    const forms = canExpand ? [word, `${word[0] === 'D' ? 'Đ' : 'đ'}${word.slice(1)}`] : [word];
    variants = variants.flatMap((v) => forms.map((f) => [...v, f]));
  }
  return variants.map((v) => v.join(' ')).filter(Boolean);
}

/** Words of a query, case-folded but with diacritics kept, for exact-match ranking. */
function exactWords(query: string): string[] {
  return query.toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
}

/**
 * How many words of the query appear in the text with exactly the diacritics
 * typed; a query typed without any diacritics matches everything equally.
 */
export function exactMatchCount(query: string, text: string): number {
  if (foldVietnamese(query) === query.toLocaleLowerCase('vi')) return 0;
  const haystack = text.toLocaleLowerCase('vi');
  return exactWords(query).filter((w) => foldVietnamese(w) !== w && haystack.includes(w)).length;
}

/** Words of a text with diacritics, đ and case folded, punctuation dropped. */
const foldedWords = (s: string) =>
  foldVietnamese(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether the query's words stand together, in order, in the text once both are
 * folded: "Nguyen Hoa" is a name in "tác giả Nguyên Hoa" but only two words in
 * "tình nguyện … hòa giải". Pagefind scores words one by one; this breaks ties
 * in favour of the phrase the reader typed.
 */
export function containsPhrase(query: string, text: string): boolean {
  const words = foldedWords(query);
  return words.length > 1 && ` ${foldedWords(text).join(' ')} `.includes(` ${words.join(' ')} `);
}

export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Merge result lists of the variants: one entry per result, best first.
 *
 * Scores from different variants are not on one footing: a rare reading
 * ("dong" as "dòng") gets a high weight in Pagefind's ranking just for being
 * rare, and would push aside what most people mean by "dong da" (Đống Đa).
 * So each variant's scores are scaled by how common that reading is in the
 * corpus (its result count against the most common reading's), and a result
 * keeps its best scaled score.
 */
export function mergeResults<T extends ScoredResult>(lists: T[][]): { result: T; score: number }[] {
  const commonest = Math.max(1, ...lists.map((l) => l.length));
  const best = new Map<string, { result: T; score: number }>();
  for (const list of lists) {
    const weight = list.length / commonest;
    for (const result of list) {
      const score = result.score * weight;
      if ((best.get(result.id)?.score ?? -Infinity) < score) best.set(result.id, { result, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
