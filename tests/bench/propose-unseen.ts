/**
 * How `npm run propose` does on texts unlike the five reports
 * (tests/fixtures/unseen): each text goes through the import draft, as the
 * CLI does with a .txt, and its figure rows are scored against the figures an
 * editor would keep (expected.csv). Junk = figure rows that are no kept
 * figure (dates, view counts, footnote markers…), per 100 kept figures.
 * Indicator right = the first guess is the kept figure's indicator, or, where
 * no catalogue indicator fits ("none"), no indicator is filled in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { draftEdition } from '../../src/lib/edition/draft.ts';
import { parseEdition } from '../../src/lib/edition/parse.ts';
import { propose } from '../../src/lib/propose/draft-rows.ts';

const DIR = join(import.meta.dirname, '../fixtures/unseen');

export interface UnseenScore {
  text: string;
  expected: number;
  found: number;
  junk: number;
  indicatorRight: number;
  /** Kept figures whose catalogue indicator exists, and how many of them were guessed first. */
  withIndicator: number;
  withIndicatorRight: number;
  /** Kept figures with no fitting indicator that got a (wrong) indicator filled in. */
  wrongGuessWhereNone: number;
  newIndicator: number;
  figures: number;
}

const digitsOf = (printed: string) => printed.replace(/[^\d.,/]/g, '');

export function scoreUnseen(): UnseenScore[] {
  const { dataset } = loadDataset();
  const expected = Papa.parse<Record<string, string>>(readFileSync(join(DIR, 'expected.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const texts = [...new Set(expected.map((e) => e.text!))];
  return texts.map((text) => {
    const source = readFileSync(join(DIR, `${text}.txt`), 'utf8');
    const mdx = draftEdition(source, { slug: text, sourceFile: `${text}.txt`, originalName: `${text}.txt`, areas: [...dataset.areas.values()] }).mdx;
    const edition = parseEdition(mdx);
    const figures = propose({ report: text, area: '', blocks: edition.blocks, indicators: dataset.indicators, time: {}, prefix: 'x' }).filter(
      (p) => p.row.proposal === 'figure',
    );
    const wanted = expected.filter((e) => e.text === text);
    const score: UnseenScore = { text, expected: wanted.length, found: 0, junk: 0, indicatorRight: 0, withIndicator: 0, withIndicatorRight: 0, wrongGuessWhereNone: 0, newIndicator: 0, figures: figures.length };
    // In order: each kept figure is the next figure row whose printed number is the kept one.
    let from = 0;
    const used = new Set<number>();
    for (const w of wanted) {
      if (w.indicator !== 'none') score.withIndicator++;
      const i = figures.findIndex((p, k) => k >= from && digitsOf(p.row.printed!) === digitsOf(w.printed!));
      if (i < 0) continue;
      used.add(i);
      from = i + 1;
      score.found++;
      const row = figures[i]!.row;
      if (row.new_indicator || /chỉ tiêu mới/.test(row.note ?? '')) score.newIndicator++;
      if (w.indicator === 'none') {
        if (row.indicator) score.wrongGuessWhereNone++;
        else score.indicatorRight++;
      } else if (row.indicator === w.indicator) {
        score.indicatorRight++;
        score.withIndicatorRight++;
      }
    }
    score.junk = figures.length - used.size;
    return score;
  });
}

if (import.meta.main) {
  for (const s of scoreUnseen())
    console.log(
      `${s.text.padEnd(30)} kept ${s.expected} found ${s.found} junk ${s.junk} (${((100 * s.junk) / s.expected).toFixed(0)} per 100) indicator right ${s.indicatorRight}/${s.found} (catalogue ${s.withIndicatorRight}/${s.withIndicator}, wrong guess where none fits ${s.wrongGuessWhereNone}) new-indicator ${s.newIndicator}/${s.found}`,
    );
}
