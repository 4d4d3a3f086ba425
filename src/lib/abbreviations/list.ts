/**
 * The one list of abbreviations (data/abbreviations.csv, mined by
 * src/cli/abbreviations.ts and reviewed by a person): search reads it both
 * ways, pages spell abbreviations out on first use, /viet-tat/ lists them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from '../data/csv.ts';
import { DataValidationError } from '../data/errors.ts';
import { DATA_DIR } from '../data/files.ts';
import { abbreviationLookup, type AbbreviationLookup } from './mark.ts';

export const ABBREVIATIONS_FILE = 'abbreviations.csv';

export const abbreviationSchema = z.object({
  abbreviation: z.string().regex(/^[\p{Lu}]{2,}$/u, 'chữ viết tắt viết hoa, không dấu cách'),
  phrase: z.string().min(1, 'cần cụm từ mà chữ viết tắt thay cho'),
  source: z.enum(['definition', 'initials'], 'definition (văn bản tự định nghĩa) hoặc initials (chữ đầu của cụm từ)'),
  count: z.coerce.number().int().nonnegative('số lần cụm từ có trong văn bản'),
  /** A person's reason for rejecting the pair; empty: the pair is used. */
  rejected: z.string(),
});

export interface Abbreviation {
  abbreviation: string;
  phrase: string;
}

type AbbreviationRow = z.infer<typeof abbreviationSchema>;

const readRows = (dataDir: string) =>
  parseCsv(readFileSync(join(dataDir, ABBREVIATIONS_FILE), 'utf8'), `data/${ABBREVIATIONS_FILE}`, abbreviationSchema);

/** What the mined list holds and what its review took out: the closing note's "mined abbreviations, how many rejected". */
export interface AbbreviationSummary {
  /** Pairs mined (rows of the file), and the distinct abbreviations among them. */
  pairs: number;
  abbreviations: number;
  /** Pairs by how they were found: the texts' own definition, or initials of a phrase standing in the texts. */
  bySource: Record<AbbreviationRow['source'], number>;
  /** Pairs in use: in search both ways and spelled out on pages. */
  used: { abbreviation: string; phrase: string }[];
  /** Pairs rejected by a reviewer, with the reason written. */
  rejected: { abbreviation: string; phrase: string; reason: string }[];
}

export function summarizeAbbreviations(rows: readonly AbbreviationRow[]): AbbreviationSummary {
  const rejected = rows.filter((r) => r.rejected.trim());
  return {
    pairs: rows.length,
    abbreviations: new Set(rows.map((r) => r.abbreviation)).size,
    bySource: {
      definition: rows.filter((r) => r.source === 'definition').length,
      initials: rows.filter((r) => r.source === 'initials').length,
    },
    used: rows.filter((r) => !r.rejected.trim()).map((r) => ({ abbreviation: r.abbreviation, phrase: r.phrase })),
    rejected: rejected.map((r) => ({ abbreviation: r.abbreviation, phrase: r.phrase, reason: r.rejected.trim() })),
  };
}

/** The summary of data/abbreviations.csv as it stands (the file checked as when read for the site). */
export function abbreviationSummary(dataDir = DATA_DIR): AbbreviationSummary {
  const { rows, issues } = readRows(dataDir);
  if (issues.length) throw new DataValidationError(issues);
  return summarizeAbbreviations(rows.map((r) => r.value));
}

/** The pairs in use (rejected ones left out), one phrase per abbreviation, in the file's order. */
export function readAbbreviations(dataDir = DATA_DIR): Abbreviation[] {
  const file = `data/${ABBREVIATIONS_FILE}`;
  const { rows, issues } = readRows(dataDir);
  const used = rows.filter((r) => !r.value.rejected.trim());
  const first = new Map<string, number>();
  for (const { line, value } of used) {
    const earlier = first.get(value.abbreviation);
    if (earlier === undefined) first.set(value.abbreviation, line);
    else
      issues.push({
        file,
        row: line,
        column: 'rejected',
        message: `“${value.abbreviation}” đã có nghĩa ở dòng ${earlier}; một chữ viết tắt chỉ giải nghĩa bằng một cụm từ`,
        fix: 'ghi lý do loại vào cột rejected của một trong hai dòng',
      });
  }
  if (issues.length) throw new DataValidationError(issues);
  return used.map(({ value }) => ({ abbreviation: value.abbreviation, phrase: value.phrase }));
}

let read: { list: Abbreviation[]; lookup: AbbreviationLookup } | undefined;
/** The list, and its lookup, as the build reads them once for all pages. */
export function siteAbbreviations(): { list: Abbreviation[]; lookup: AbbreviationLookup } {
  if (!read) {
    const list = readAbbreviations();
    read = { list, lookup: abbreviationLookup(list) };
  }
  return read;
}
