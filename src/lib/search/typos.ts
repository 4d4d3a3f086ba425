/**
 * Typos forgiven at the syllable level, against the corpus's own words.
 *
 * Vietnamese is written in syllables, and a journalist's typo sits in one of
 * them: "Long Bein", "ket nab", "Nam Tu Lem". A syllable no text holds is
 * replaced by the corpus syllable one edit away (a letter wrong, missing,
 * extra, or two swapped), compared without tone or vowel marks so a wrong
 * mark is never the typo. Place and indicator names come first (a journalist
 * asks about those): a correction that makes a name with the syllable beside
 * it ("Long Bein" → "Long Bien", "ket nab" → "ket nap", not "ket nam" of Nam
 * Từ Liêm), then a syllable of some name, then the commonest.
 */
import { foldVietnamese } from '../text/fold.ts';

/** Built at build time from every searched text; fetched by the search page only when a word finds nothing. */
export interface Vocabulary {
  /** Folded syllable → how many times the texts hold it. */
  counts: Record<string, number>;
  /** Place and indicator names, folded, one space between syllables. */
  names: string[];
}

const syllables = (text: string) => foldVietnamese(text.toLocaleLowerCase('vi')).match(/\p{L}+/gu) ?? [];

export function buildVocabulary(texts: Iterable<string>, names: Iterable<string>): Vocabulary {
  const counts: Record<string, number> = {};
  for (const text of texts) for (const s of syllables(text)) counts[s] = (counts[s] ?? 0) + 1;
  const folded = new Set<string>();
  for (const name of names) folded.add(syllables(name).join(' '));
  return { counts, names: [...folded].sort() };
}

/** Whether two words are one edit apart: one letter replaced, inserted, deleted, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const fold = (word: string) => foldVietnamese(word.toLocaleLowerCase('vi'));

/**
 * The corpus syllable a typed syllable was meant to be, or undefined when it
 * stands in the texts or none is one edit away. `before` and `after` are the
 * syllables typed beside it.
 */
export function correctSyllable(word: string, vocabulary: Vocabulary, before?: string, after?: string): string | undefined {
  const folded = fold(word);
  if (!/^\p{L}+$/u.test(folded) || folded.length < 2 || vocabulary.counts[folded]) return undefined;
  const names = vocabulary.names.map((n) => ` ${n} `);
  const inName = (phrase: string) => names.some((n) => n.includes(` ${phrase} `));
  const rank = (candidate: string) =>
    (before && inName(`${fold(before)} ${candidate}`)) || (after && inName(`${candidate} ${fold(after)}`)) ? 2 : inName(candidate) ? 1 : 0;
  const near = Object.keys(vocabulary.counts)
    .filter((w) => oneEditApart(folded, w))
    .map((w) => ({ w, rank: rank(w), count: vocabulary.counts[w]! }));
  near.sort((a, b) => b.rank - a.rank || b.count - a.count || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0));
  return near[0]?.w;
}

/**
 * The query with each of the given words (those that found nothing) replaced
 * by its correction, or undefined when none could be corrected. Words are
 * matched as typed, lower case; the rest of the query is kept as typed.
 */
export function correctQuery(query: string, unknown: readonly string[], vocabulary: Vocabulary): string | undefined {
  const wanted = new Set(unknown.map((w) => w.toLocaleLowerCase('vi')));
  const words = query.split(/(\s+)/);
  const letters = words.map((w, i) => (i % 2 ? '' : w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')));
  let changed = false;
  const corrected = words.map((w, i) => {
    const word = letters[i]!;
    if (!word || !wanted.has(word.toLocaleLowerCase('vi'))) return w;
    const fix = correctSyllable(word, vocabulary, letters[i - 2], letters[i + 2]);
    if (!fix) return w;
    changed = true;
    return w.replace(word, word[0] === word[0]!.toLocaleUpperCase('vi') ? fix[0]!.toLocaleUpperCase('vi') + fix.slice(1) : fix);
  });
  return changed ? corrected.join('') : undefined;
}

/**
 * A place typed with one syllable one edit off ("Nam Tu Lem", "Duc Giag"),
 * corrected before anything is searched: the other syllables of the name
 * stand as typed, so the place is what was meant even when the wrong
 * syllable happens to stand in some text ("lem"). `places` are the names the
 * search page knows; a corrected syllable keeps its diacritics only when the
 * reader typed some. Undefined when no place is one syllable off.
 */
export function correctPlaces(query: string, places: readonly string[]): string | undefined {
  const parts = query.split(/(\s+)/);
  const wordAt = parts.map((w, i) => (i % 2 ? '' : w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')));
  const indices = wordAt.flatMap((w, i) => (w ? [i] : []));
  let changed = false;
  for (const place of places) {
    const name = place.split(/\s+/);
    if (name.length < 2) continue;
    for (let start = 0; start + name.length <= indices.length; start++) {
      const at = indices.slice(start, start + name.length);
      const typed = at.map((i) => wordAt[i]!);
      const off = typed.flatMap((w, k) => (fold(w) === fold(name[k]!) ? [] : [k]));
      if (off.length !== 1 || !oneEditApart(fold(typed[off[0]!]!), fold(name[off[0]!]!))) continue;
      const k = off[0]!;
      const marked = typed.some((w) => fold(w) !== w.toLocaleLowerCase('vi'));
      const fix = marked ? name[k]! : fold(name[k]!);
      const word = typed[k]!;
      const cased =
        word[0] === word[0]!.toLocaleUpperCase('vi') ? fix[0]!.toLocaleUpperCase('vi') + fix.slice(1) : fix.toLocaleLowerCase('vi');
      parts[at[k]!] = parts[at[k]!]!.replace(word, cased);
      changed = true;
    }
  }
  return changed ? parts.join('') : undefined;
}
