/**
 * How `npm run propose` does on texts unlike the five reports
 * (tests/fixtures/unseen): each text goes through the import draft, as the
 * CLI does with a .txt, and its figure rows are scored (propose.ts) against
 * the figures an editor would keep (expected.csv): junk rows are dates, view
 * counts, footnote markers… The guesser learns from all five reports, as the
 * CLI's does; on a commit without training every figure gets its first guess.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { draftEdition } from '../../src/lib/edition/draft.ts';
import { parseEdition } from '../../src/lib/edition/parse.ts';
import { propose, type Proposal } from '../../src/lib/propose/draft-rows.ts';
import { IndicatorGuesser } from '../../src/lib/propose/indicator-guess.ts';
import { PROPOSE_COLUMNS, proposeLines, scoreRows, training, type ProposeScore } from './propose.ts';

const DIR = join(import.meta.dirname, '../fixtures/unseen');
const digitsOf = (printed: string) => printed.replace(/[^\d.,/]/g, '');

export function scoreUnseen(): ProposeScore[] {
  const { dataset } = loadDataset();
  const guesser = training ? training.trainGuesser(training.curatedExamples(dataset), dataset.indicators) : new IndicatorGuesser(dataset.indicators);
  const expected = Papa.parse<Record<string, string>>(readFileSync(join(DIR, 'expected.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  return [...new Set(expected.map((e) => e.text!))].map((text) => {
    const source = readFileSync(join(DIR, `${text}.txt`), 'utf8');
    const mdx = draftEdition(source, { slug: text, sourceFile: `${text}.txt`, originalName: `${text}.txt`, areas: [...dataset.areas.values()] }).mdx;
    const rows = propose(
      { report: text, area: '', blocks: parseEdition(mdx).blocks, indicators: dataset.indicators, units: dataset.units, time: {}, prefix: 'x' },
      guesser,
    );
    // In order: each kept figure is the next unused figure row whose printed number is the kept one.
    let from = 0;
    const kept = expected
      .filter((e) => e.text === text)
      .map((e) => ({
        indicator: e.indicator!,
        match: (figures: Proposal[], used: Set<Proposal>) => {
          const i = figures.findIndex((p, k) => k >= from && !used.has(p) && digitsOf(p.row.printed!) === digitsOf(e.printed!));
          if (i >= 0) from = i + 1;
          return figures[i];
        },
      }));
    return scoreRows(text, rows, kept, new Set(dataset.indicators.map((i) => i.id)));
  });
}

if (import.meta.main) {
  console.log(training ? 'trained guesser, calibrated threshold' : 'no training module: every figure gets its first guess');
  for (const line of [PROPOSE_COLUMNS, ...proposeLines(scoreUnseen())]) console.log(line.map((c, i) => c.padEnd(i ? 10 : 30)).join(' '));
}
