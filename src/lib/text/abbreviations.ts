/**
 * Abbreviations found in the texts, not listed by hand: every upper-case
 * token ("HĐND", "UBKT") paired with the phrase whose syllable initials spell
 * it when that phrase stands in the texts ("Hội đồng nhân dân"), or with the
 * texts' own definition ("Huy hiệu Đảng (HHĐ)"). The pairs are kept in
 * data/abbreviations.csv for a person to review (src/cli/abbreviations.ts).
 */
import { stripDiacritics } from './fold.ts';

export interface MinedAbbreviation {
  abbreviation: string;
  phrase: string;
  /** "definition": the texts write "phrase (ABBR)"; "initials": the phrase stands in the texts and its initials spell the token. */
  source: 'definition' | 'initials';
  /** How many times the phrase stands in the texts. */
  count: number;
}

const TOKEN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const syllable = /[\p{L}]+/gu;
/** Upper case without tone or vowel marks, đ kept apart from d (as "HĐND" spells "Hội đồng nhân dân"). */
const key = (text: string) =>
  text
    .toUpperCase()
    .split('Đ')
    .map((part) => stripDiacritics(part))
    .join('Đ');
const initialsOf = (words: readonly string[]) => key(words.map((w) => w[0]!).join(''));
/** Words set in capitals ("DỰ", "VĂN") carry vowel marks; roman numerals ("IV", "XV") are numbers. */
const isAbbreviation = (token: string) => key(token) === token && !/^[IVXLCDM]+$/.test(token);

/** The upper-case tokens of the texts (two letters or more, nothing else in the word), words in capitals and roman numerals left out. */
export function upperCaseTokens(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => t.match(TOKEN) ?? []).filter(isAbbreviation));
}

/** Pair each upper-case token with the phrase it abbreviates; a definition wins over initials, then the commonest phrase. */
export function mineAbbreviations(texts: readonly string[]): MinedAbbreviation[] {
  const tokens = upperCaseTokens(texts);
  const byLength = new Map<number, Map<string, string[]>>();
  for (const token of tokens) {
    const group = byLength.get(token.length) ?? new Map<string, string[]>();
    group.set(token, [...(group.get(token) ?? []), token]);
    byLength.set(token.length, group);
  }
  const phrases = new Map<string, Map<string, number>>();
  const definitions = new Map<string, Map<string, number>>();
  const note = (into: Map<string, Map<string, number>>, token: string, phrase: string) => {
    const counts = into.get(token) ?? new Map<string, number>();
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    into.set(token, counts);
  };
  for (const text of texts) {
    const words = [...text.matchAll(syllable)].map((m) => ({ word: m[0], at: m.index }));
    for (const [length, group] of byLength) {
      for (let i = 0; i + length <= words.length; i++) {
        const span = words.slice(i, i + length).map((w) => w.word);
        // A phrase is written in words, not initials: upper-case tokens are not phrases of their own.
        if (span.some((w) => w.length > 1 && w === w.toUpperCase())) continue;
        const matching = group.get(initialsOf(span));
        if (!matching) continue;
        const phrase = span.join(' ');
        const end = words[i + length - 1]!;
        const after = text.slice(end.at + end.word.length);
        for (const token of matching) {
          note(phrases, token, phrase);
          if (after.startsWith(` (${token})`) || after.startsWith(`(${token})`)) note(definitions, token, phrase);
        }
      }
    }
  }
  const normal = (phrase: string) => phrase.toLocaleLowerCase('vi');
  const mined: MinedAbbreviation[] = [];
  for (const token of [...tokens].sort()) {
    const defined = definitions.get(token);
    const found = phrases.get(token);
    if (!found) continue;
    // Spellings of one phrase differ only in case ("Hội đồng nhân dân", "hội đồng nhân dân"): counted together, the commonest spelling shown.
    const totals = new Map<string, { phrase: string; count: number; best: number }>();
    for (const [phrase, count] of found) {
      const key = normal(phrase);
      const known = totals.get(key);
      if (!known) totals.set(key, { phrase, count, best: count });
      else
        totals.set(key, {
          phrase: count > known.best ? phrase : known.phrase,
          count: known.count + count,
          best: Math.max(count, known.best),
        });
    }
    const definedKeys = new Set([...(defined?.keys() ?? [])].map(normal));
    const best = [...totals.entries()].sort(
      ([a, x], [b, y]) => Number(definedKeys.has(b)) - Number(definedKeys.has(a)) || y.count - x.count || a.localeCompare(b, 'vi'),
    )[0]!;
    mined.push({
      abbreviation: token,
      phrase: best[1].phrase,
      source: definedKeys.has(best[0]) ? 'definition' : 'initials',
      count: best[1].count,
    });
  }
  return mined;
}
