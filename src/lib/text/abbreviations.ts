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

/**
 * Words next to each other in one phrase: only spaces between them, or a comma
 * between list items of two syllables or more ("cán bộ, công chức, viên chức").
 * A one-syllable piece beside a comma is cut from its word ("hóa, hiện đại" of
 * "công nghiệp hóa, hiện đại hóa"); other punctuation ends the phrase.
 */
function phraseSpans(text: string, length: number): string[][] {
  const words = [...text.matchAll(syllable)].map((m) => ({ word: m[0], at: m.index, end: m.index + m[0].length }));
  const spans: string[][] = [];
  for (let i = 0; i + length <= words.length; i++) {
    const span = words.slice(i, i + length);
    const pieces: number[] = [1];
    let joined = true;
    for (let k = 1; k < span.length && joined; k++) {
      const between = text.slice(span[k - 1]!.end, span[k]!.at);
      if (/^\s+$/.test(between)) pieces[pieces.length - 1]!++;
      else if (/^,\s+$/.test(between)) pieces.push(1);
      else joined = false;
    }
    if (joined && (pieces.length === 1 || pieces.every((n) => n >= 2))) spans.push(span.map((w) => w.word));
  }
  return spans;
}

/** A reviewed pair's key in the review map ("HĐND\u0000hội đồng nhân dân"), case aside. */
export const pairKey = (pair: { abbreviation: string; phrase: string }) =>
  `${pair.abbreviation}\u0000${pair.phrase.toLocaleLowerCase('vi')}`;

/**
 * Each upper-case token with the phrase it abbreviates. Candidates are ranked:
 * a pair a person kept (reviewed with no reason) first, then the texts' own
 * definition, then the phrase standing most often in the same passage as the
 * token ("Nghị định số 32/2021/NĐ-CP … của Chính phủ"), then the commonest.
 * `reviewed` maps pairKey to a person's reason for rejecting it ('' = kept).
 * A rejected pair stays in the answer, followed only by the candidate its
 * reason quotes ('HHĐ là "Huy hiệu Đảng"') when the texts hold it: a reason
 * that names no phrase of the texts leaves the token unexplained ("TT" means
 * two things), rather than offering chance phrases with the same initials.
 */
export function mineAbbreviations(texts: readonly string[], reviewed: ReadonlyMap<string, string> = new Map()): MinedAbbreviation[] {
  const tokens = upperCaseTokens(texts);
  const lengths = new Set([...tokens].map((t) => t.length));
  const normal = (phrase: string) => phrase.toLocaleLowerCase('vi');
  /** Per token, per phrase (case folded): the commonest spelling, times in the texts, times in a passage holding the token. */
  const found = new Map<string, Map<string, { spellings: Map<string, number>; count: number; near: number }>>();
  const definitions = new Map<string, Set<string>>();
  for (const text of texts) {
    const here = new Set(text.match(TOKEN) ?? []);
    for (const length of lengths) {
      for (const span of phraseSpans(text, length)) {
        // A phrase is written in words, not initials: upper-case tokens are not phrases of their own.
        if (span.some((w) => w.length > 1 && w === w.toUpperCase())) continue;
        const token = initialsOf(span);
        if (!tokens.has(token)) continue;
        const phrase = span.join(' ');
        const byPhrase = found.get(token) ?? new Map();
        const entry = byPhrase.get(normal(phrase)) ?? { spellings: new Map<string, number>(), count: 0, near: 0 };
        entry.spellings.set(phrase, (entry.spellings.get(phrase) ?? 0) + 1);
        entry.count++;
        if (here.has(token)) entry.near++;
        found.set(token, byPhrase.set(normal(phrase), entry));
      }
    }
    // The texts' own definitions: "Huy hiệu Đảng (HHĐ)".
    for (const token of here)
      for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])((?:[\\p{L}]+ ){${token.length - 1}}[\\p{L}]+) ?\\(${token}\\)`, 'gu')))
        if (initialsOf(match[1]!.split(' ')) === token)
          definitions.set(token, (definitions.get(token) ?? new Set()).add(normal(match[1]!)));
  }
  const mined: MinedAbbreviation[] = [];
  for (const token of [...tokens].sort()) {
    const defined = definitions.get(token) ?? new Set<string>();
    const candidates = [...(found.get(token) ?? new Map()).entries()].map(([key, entry]) => ({
      pair: {
        abbreviation: token,
        // Spellings of one phrase differ only in case ("Hội đồng nhân dân", "hội đồng nhân dân"): the commonest is shown.
        phrase: [...entry.spellings.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'vi', { caseFirst: 'upper' }))[0]![0],
        source: defined.has(key) ? 'definition' : 'initials',
        count: entry.count,
      } satisfies MinedAbbreviation,
      near: entry.near,
    }));
    const kept = (c: (typeof candidates)[number]) => Number(reviewed.get(pairKey(c.pair)) === '');
    candidates.sort(
      (a, b) =>
        kept(b) - kept(a) ||
        Number(b.pair.source === 'definition') - Number(a.pair.source === 'definition') ||
        b.near - a.near ||
        b.pair.count - a.pair.count ||
        a.pair.phrase.localeCompare(b.pair.phrase, 'vi'),
    );
    const reasons = candidates.map((c) => reviewed.get(pairKey(c.pair)));
    const rejected = candidates.filter((_, i) => reasons[i]);
    const quoted = new Set(
      rejected.flatMap((c) =>
        [...reviewed.get(pairKey(c.pair))!.matchAll(/"([^"]+)"/g)].map((m) => pairKey({ abbreviation: token, phrase: m[1]! })),
      ),
    );
    const open = candidates.filter((_, i) => !reasons[i]);
    const chosen = rejected.length
      ? (open.find((c) => reviewed.get(pairKey(c.pair)) === '') ?? open.find((c) => quoted.has(pairKey(c.pair))))
      : open[0];
    mined.push(...[...rejected, ...(chosen ? [chosen] : [])].map((c) => c.pair));
  }
  return mined;
}
