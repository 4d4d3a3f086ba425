/**
 * The search page's knowledge of the field, built at build time from data/:
 * question words (data/search-question-words.csv, with those that ask for a
 * figure: "bao nhiêu", "mấy"), synonyms
 * (data/search-synonyms.csv), the places of data/areas.csv, and the pairs of
 * the field's own words that a question word's spelling stands in ("cơ sở"
 * beside "có"), taken from indicator names, figure categories and the
 * synonyms (the terms of the catalogue, read without parsing any report). The result is plain JSON for the page (query.ts
 * reads it); zod and the CSV reader stay on the build side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readAbbreviations } from '../abbreviations/list.ts';
import { areaLevels } from '../data/areas.ts';
import { parseCsv } from '../data/csv.ts';
import { DataValidationError, type DataIssue } from '../data/errors.ts';
import { DATA_DIR } from '../data/files.ts';
import type { SiteData } from '../data/site-data.ts';
import { slugPattern } from '../reports/schema.ts';
import { foldVietnamese } from '../text/fold.ts';
import type { SearchLexicon } from './query.ts';

const phrase = z
  .string()
  .min(1, 'cần một từ hoặc cụm từ')
  .refine((s) => !/[,;|]/.test(s), 'mỗi dòng một cụm từ: tách các cụm thành nhiều dòng');

export const synonymSchema = z.object({
  group: z.string().regex(slugPattern, 'mã nhóm viết thường, không dấu, nối bằng "-"'),
  phrase,
});
export const questionWordSchema = z.object({
  phrase: phrase.refine((s) => s === s.toLocaleLowerCase('vi'), 'viết thường, có dấu như khi gõ'),
  /** "bao nhiêu", "mấy": the reader wants a figure, so figures rank first. */
  asks_figure: z.enum(['yes', 'no'], 'yes (hỏi một con số: bao nhiêu, mấy) hoặc no'),
});

export const SYNONYMS_FILE = 'search-synonyms.csv';
export const QUESTION_WORDS_FILE = 'search-question-words.csv';

interface LexiconTables {
  synonyms: { line: number; value: z.infer<typeof synonymSchema> }[];
  questionWords: { line: number; value: z.infer<typeof questionWordSchema> }[];
}

/** Read and check both tables; every problem names file, line, column and fix. */
export function readLexiconTables(dataDir = DATA_DIR): { tables: LexiconTables; issues: DataIssue[] } {
  const read = <S extends z.ZodObject>(name: string, schema: S) =>
    parseCsv(readFileSync(join(dataDir, name), 'utf8'), `data/${name}`, schema);
  const synonyms = read(SYNONYMS_FILE, synonymSchema);
  const questionWords = read(QUESTION_WORDS_FILE, questionWordSchema);
  const issues = [...synonyms.issues, ...questionWords.issues];

  const groups = new Map<string, number>();
  for (const { value } of synonyms.rows) groups.set(value.group, (groups.get(value.group) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const { line, value } of synonyms.rows) {
    const key = foldVietnamese(value.phrase);
    if (groups.get(value.group) === 1)
      issues.push({
        file: `data/${SYNONYMS_FILE}`,
        row: line,
        column: 'group',
        message: `nhóm "${value.group}" chỉ có một cụm từ`,
        fix: 'thêm cụm từ cùng nghĩa vào nhóm, hoặc bỏ dòng này',
      });
    if (seen.has(key))
      issues.push({
        file: `data/${SYNONYMS_FILE}`,
        row: line,
        column: 'phrase',
        message: `"${value.phrase}" đã có ở dòng ${seen.get(key)}`,
        fix: 'mỗi cụm từ chỉ thuộc một nhóm',
      });
    else seen.set(key, line);
  }
  const questionSeen = new Map<string, number>();
  for (const { line, value } of questionWords.rows) {
    if (questionSeen.has(value.phrase))
      issues.push({
        file: `data/${QUESTION_WORDS_FILE}`,
        row: line,
        column: 'phrase',
        message: `"${value.phrase}" đã có ở dòng ${questionSeen.get(value.phrase)}`,
        fix: 'bỏ dòng trùng',
      });
    else questionSeen.set(value.phrase, line);
    if (seen.has(foldVietnamese(value.phrase)))
      issues.push({
        file: `data/${QUESTION_WORDS_FILE}`,
        row: line,
        column: 'phrase',
        message: `"${value.phrase}" cũng là một từ đồng nghĩa (data/${SYNONYMS_FILE})`,
        fix: 'từ để hỏi bị bỏ qua khi tìm, từ đồng nghĩa thì không: chọn một',
      });
  }
  return { tables: { synonyms: synonyms.rows, questionWords: questionWords.rows }, issues };
}

const wordsOf = (text: string) =>
  text
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Pairs of adjacent words in the field's own terms where one word is spelled,
 * without diacritics, like a one-word question word but is another word:
 * "cơ sở" (co ~ có), "bộ máy" (may ~ mấy). A query typed without diacritics
 * keeps such a word.
 */
export function keepPairs(terms: readonly string[], questionWords: readonly string[]): string[] {
  const single = new Set(questionWords.filter((q) => !q.includes(' ')));
  const spellings = new Set([...single].map(foldVietnamese));
  const lookalike = (w: string) => spellings.has(foldVietnamese(w)) && !single.has(w);
  const pairs = new Set<string>();
  for (const term of terms) {
    const words = wordsOf(term);
    for (let i = 1; i < words.length; i++) if (lookalike(words[i - 1]!) || lookalike(words[i]!)) pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return [...pairs].sort();
}

export function searchLexicon(data: SiteData, dataDir = DATA_DIR): SearchLexicon {
  const { tables, issues } = readLexiconTables(dataDir);
  if (issues.length) throw new DataValidationError(issues);
  const groups = new Map<string, string[]>();
  for (const { value } of tables.synonyms) groups.set(value.group, [...(groups.get(value.group) ?? []), value.phrase]);
  // An abbreviation joins the group of its phrase when the list has one ("MTTQ" beside "Mặt trận Tổ quốc"), else makes its own.
  const abbreviations = readAbbreviations(dataDir);
  for (const { abbreviation, phrase: full } of abbreviations) {
    const group = [...groups.entries()].find(([, phrases]) => phrases.some((p) => foldVietnamese(p) === foldVietnamese(full)));
    const known = (phrases: string[], p: string) => phrases.some((q) => foldVietnamese(q) === foldVietnamese(p));
    if (!group) groups.set(`viet-tat-${abbreviation}`, [abbreviation, full]);
    else if (!known(group[1], abbreviation)) group[1].push(abbreviation);
  }
  const questionWords = tables.questionWords.map((r) => r.value.phrase);
  const figureQuestions = tables.questionWords.filter((r) => r.value.asks_figure === 'yes').map((r) => r.value.phrase);
  const terms = [
    ...data.indicators.map((i) => i.name),
    ...data.observations.map((o) => o.category),
    ...tables.synonyms.map((r) => r.value.phrase),
  ];
  return {
    questionWords,
    figureQuestions,
    keepPairs: keepPairs(terms, questionWords),
    synonyms: [...groups.values()],
    places: data.areas.map((a) => a.name),
    placeWords: Object.values(areaLevels),
    abbreviated: [...new Set(abbreviations.map((a) => a.phrase))],
  };
}
