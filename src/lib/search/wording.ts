/**
 * Synonyms grown, not listed: every indicator's other wordings, mined from
 * the catalogue and the texts (`npm run synonyms` → data/search-wording.csv,
 * reviewed by a person). A journalist names a figure in words of its own;
 * the texts name it in theirs ("bắt giữ 25 vụ ma túy" for "Vụ ma túy bị bắt
 * giữ", "915 doanh nghiệp tư nhân" for "Doanh nghiệp"), its definition in
 * others again. The search page matches a question against all of them
 * (indicator-match.ts) when it names no indicator word for word.
 *
 * Sources, per indicator: its definition; its unit when the unit is a counted
 * noun ("hội viên", not "%"); the scope of its figures ("mại dâm"); and the
 * words around each of its figures in the sentence quoted, up to the clause's
 * edge or the next number ("nâng lương trước thời hạn: … đồng chí").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Indicator } from '../data/indicators.ts';
import type { Observation } from '../data/observations.ts';
import { parseCsv } from '../data/csv.ts';
import { DataValidationError } from '../data/errors.ts';
import { DATA_DIR } from '../data/files.ts';
import { foldVietnamese } from '../text/fold.ts';

export const WORDING_FILE = 'search-wording.csv';
export const WORDING_SOURCES = ['definition', 'unit', 'scope', 'text'] as const;

export const wordingSchema = z.object({
  indicator: z.string().min(1, 'cần mã chỉ tiêu'),
  phrase: z.string().min(1, 'cần cụm từ'),
  source: z.enum(WORDING_SOURCES, 'definition, unit, scope hoặc text'),
  count: z.coerce.number().int().nonnegative('số lần cụm từ được dùng'),
  /** A person's reason for keeping the wording out of search; empty: used. */
  rejected: z.string(),
});
export type Wording = Omit<z.infer<typeof wordingSchema>, 'rejected'>;

/** Words before and after a figure taken as the text's wording of it. */
const WORDS_BEFORE = 4;
const WORDS_AFTER = 5;
/** The clause ends at these; a comma ends the words after the figure (the next item of a list). */
const CLAUSE_END = /[;.!?()“”"]/;

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const isWord = (w: string) => /^[\p{L}-]+$/u.test(w);
/** Words of a phrase, lower case, for comparing: what a wording adds to a name. */
export const termWords = (text: string): string[] =>
  text
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !/\d/.test(w));

/** The words around `printed` in `quote`: its clause's words before it and after it, numbers and list items left out. */
export function figureWording(quote: string, printed: string): string | undefined {
  const at = quote.indexOf(printed);
  if (at < 0 || !printed) return undefined;
  const before: string[] = [];
  for (const raw of wordsOf(quote.slice(0, at)).reverse()) {
    // A comma before the figure closes the previous item of a list ("tổ chức, cá nhân ủng hộ …").
    if (/[,;.!?()“”"]$/.test(raw) || /\d/.test(raw) || before.length === WORDS_BEFORE) break;
    const w = raw.replace(/:+$/, '');
    if (!isWord(w)) break;
    before.unshift(w);
  }
  const after: string[] = [];
  for (const raw of wordsOf(quote.slice(at + printed.length))) {
    if (/\d/.test(raw) || after.length === WORDS_AFTER || CLAUSE_END.test(raw[0]!)) break;
    const w = raw.replace(/[^\p{L}-]+$/u, '');
    if (!isWord(w)) break;
    after.push(w);
    if (w !== raw) break;
  }
  if (!before.length && !after.length) return undefined;
  return [...before, '…', ...after].join(' ');
}

/** A unit that is a counted noun ("hội viên", "ổ nhóm"), not a measure. */
const countedNoun = (unit: string) => /\p{L}{2,}/u.test(unit) && !['đồng', 'ha'].includes(unit);

/** Every indicator's other wordings, in the catalogue's order, each once (folded), with how often it is used. */
export function mineWording(indicators: readonly Indicator[], observations: readonly Observation[]): Wording[] {
  const rows = new Map<string, Wording>();
  const add = (indicator: Indicator, phrase: string, source: Wording['source']) => {
    const name = new Set(termWords(indicator.name).map(foldVietnamese));
    // A wording that adds no word to the name adds nothing to search.
    if (!termWords(phrase).some((w) => !name.has(foldVietnamese(w)))) return;
    const key = `${indicator.id}\u0000${foldVietnamese(phrase)}`;
    const known = rows.get(key);
    if (known) known.count++;
    else rows.set(key, { indicator: indicator.id, phrase, source, count: 1 });
  };
  const byIndicator = Map.groupBy(observations, (o) => o.indicator);
  for (const indicator of indicators) {
    const figures = byIndicator.get(indicator.id) ?? [];
    if (!figures.length) continue;
    // The catalogue's notes to editors ("(category = …)") are not wording.
    const definition = indicator.definition.replace(/\s*\(category[^)]*\)/g, '');
    if (definition) add(indicator, definition, 'definition');
    if (countedNoun(indicator.unit)) add(indicator, indicator.unit, 'unit');
    for (const o of figures) {
      if (o.scope) add(indicator, o.scope, 'scope');
      const wording = figureWording(o.quote, o.printed);
      if (wording) add(indicator, wording, 'text');
    }
  }
  return [...rows.values()];
}

/** Key of a wording for keeping a person's review across runs. */
export const wordingKey = (w: Pick<Wording, 'indicator' | 'phrase'>) => `${w.indicator}\u0000${foldVietnamese(w.phrase)}`;

/**
 * The wordings in use (rejected ones left out): indicator id → its phrases,
 * lower case, figures left out, separated by "; " (their words side by side
 * count as a pair: "tư nhân"), for the search page. A site without the file
 * (a new one, before its first `npm run synonyms`) searches by names alone.
 */
export function readWording(dataDir = DATA_DIR, names: ReadonlyMap<string, string> = new Map()): Record<string, string> {
  const file = `data/${WORDING_FILE}`;
  if (!existsSync(join(dataDir, WORDING_FILE))) return {};
  const { rows, issues } = parseCsv(readFileSync(join(dataDir, WORDING_FILE), 'utf8'), file, wordingSchema);
  for (const { line, value } of rows)
    if (names.size && !names.has(value.indicator))
      issues.push({
        file,
        row: line,
        column: 'indicator',
        message: `không có chỉ tiêu “${value.indicator}” trong data/indicators.csv`,
        fix: 'chạy lại npm run synonyms, hoặc bỏ dòng này',
      });
  if (issues.length) throw new DataValidationError(issues);
  const phrases = new Map<string, Set<string>>();
  for (const { value } of rows) {
    if (value.rejected.trim()) continue;
    const set = phrases.get(value.indicator) ?? new Set<string>();
    // The figure's place ("… ") splits a phrase: the words either side are not a pair.
    for (const part of value.phrase.split('…')) {
      const words = termWords(part).join(' ');
      if (words) set.add(words);
    }
    phrases.set(value.indicator, set);
  }
  return Object.fromEntries([...phrases].map(([id, set]) => [id, [...set].join('; ')]));
}
