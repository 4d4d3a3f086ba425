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

export interface ScoredResult {
  id: string;
  score: number;
}

/** Merge result lists of the variants: one entry per result, its best score. */
export function mergeResults<T extends ScoredResult>(lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) for (const r of list) if ((best.get(r.id)?.score ?? -Infinity) < r.score) best.set(r.id, r);
  return [...best.values()].sort((a, b) => b.score - a.score);
}
