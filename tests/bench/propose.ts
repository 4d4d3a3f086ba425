/**
 * How well `npm run propose` does on reports it has not learnt from.
 *
 * Leave one out: each of the five reports is proposed as if new, by a
 * guesser that learnt only from the other four (their curated figures, and a
 * catalogue cut to the indicators those four use: an indicator made for the
 * held-out report alone does not exist yet, so its figures should get a new
 * indicator, not a guess). The curated observations of the held-out report
 * are read only to score it. A curated figure counts as found when a draft
 * row has its paragraph, its value and overlaps its place in the text.
 *
 * Measures, per report: junk = figure rows that are no curated figure, per
 * 100 curated figures; indicator right = the filled-in indicator is the
 * curated one, or, where the catalogue has no fitting indicator, none is
 * filled in; new = share of found figures for which a new indicator is
 * drafted. The code checked out is what is measured: on a commit without
 * training (main before issue 23) every figure gets its first guess.
 */
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { placeInQuotes } from '../../src/lib/data/figure-position.ts';
import type { Indicator } from '../../src/lib/data/indicators.ts';
import { sameNumber } from '../../src/lib/numbers/printed.ts';
import { propose, type Proposal } from '../../src/lib/propose/draft-rows.ts';
import { IndicatorGuesser } from '../../src/lib/propose/indicator-guess.ts';
import { collapseWhitespace } from '../../src/lib/text/fold.ts';

/** The training module, where the checked-out commit has one. */
export const training = await import('../../src/lib/propose/training.ts').catch(() => undefined);

export interface ProposeScore {
  text: string;
  /** Figures an editor keeps (curated rows, or the fixture's expected figures). */
  figures: number;
  found: number;
  /** Figure rows that are none of the kept figures. */
  junk: number;
  indicatorRight: number;
  /** Kept figures whose indicator is in the catalogue the proposer had, and how many of those got it filled in. */
  withIndicator: number;
  withIndicatorRight: number;
  /** Kept figures no catalogue indicator fits that got an indicator filled in anyway. */
  wrongGuessWhereNone: number;
  /** Found figures with an indicator filled in, and how many of those are the kept one. */
  shown: number;
  shownRight: number;
  newIndicator: number;
}

/** Score one text's figure rows against what an editor keeps; `match` finds the row for a kept figure. */
export function scoreRows(
  text: string,
  rows: Proposal[],
  kept: { indicator: string; match: (rows: Proposal[], used: Set<Proposal>) => Proposal | undefined }[],
  catalogue: Set<string>,
): ProposeScore {
  const figures = rows.filter((p) => p.row.proposal === 'figure');
  const score: ProposeScore = {
    text,
    figures: kept.length,
    found: 0,
    junk: 0,
    indicatorRight: 0,
    withIndicator: 0,
    withIndicatorRight: 0,
    wrongGuessWhereNone: 0,
    shown: 0,
    shownRight: 0,
    newIndicator: 0,
  };
  const used = new Set<Proposal>();
  for (const k of kept) {
    const fits = catalogue.has(k.indicator);
    if (fits) score.withIndicator++;
    const match = k.match(figures, used);
    if (!match) continue;
    used.add(match);
    score.found++;
    const row = match.row;
    if (row.new_indicator_id) score.newIndicator++;
    if (row.indicator) score.shown++;
    if (row.indicator && row.indicator === k.indicator) score.shownRight++;
    if (fits && row.indicator === k.indicator) {
      score.indicatorRight++;
      score.withIndicatorRight++;
    } else if (!fits && row.indicator) score.wrongGuessWhereNone++;
    else if (!fits) score.indicatorRight++;
  }
  score.junk = figures.filter((p) => !used.has(p)).length;
  return score;
}

export function scoreLeaveOneOut(): ProposeScore[] {
  const { dataset } = loadDataset();
  const examples = training?.curatedExamples(dataset);
  const scores: ProposeScore[] = [];
  for (const report of dataset.reports.values()) {
    const others = dataset.observations.filter((o) => o.report !== report.slug);
    const used = new Set(others.map((o) => o.indicator));
    const catalogue: Indicator[] = dataset.indicators.filter((i) => used.has(i.id));
    const guesser =
      training && examples
        ? training.trainGuesser(new Map([...examples].filter(([slug]) => slug !== report.slug)), catalogue)
        : new IndicatorGuesser(catalogue);
    const rows = propose(
      {
        report: report.slug,
        area: report.meta.areas[0]!,
        blocks: report.blocks,
        indicators: catalogue,
        units: dataset.units,
        time: { date: report.meta.date, period: report.meta.period },
        prefix: 'thu',
      },
      guesser,
    );
    const curated = dataset.observations.filter((o) => o.report === report.slug);
    const placed = placeInQuotes(curated.map((o) => ({ ...o, quote: collapseWhitespace(o.quote) })));
    const kept = [...placed].map(([o, inner]) => ({
      indicator: o.indicator,
      match: (figures: Proposal[]) => {
        const block = report.blockById.get(o.anchor);
        const at = block && inner !== undefined ? block.text.indexOf(o.quote) + inner : -1;
        if (at < 0) return undefined;
        return figures.find((p) => p.row.anchor === o.anchor && sameNumber(Number(p.row.value), o.value) && p.start < at + o.printed.length && at < p.end);
      },
    }));
    scores.push(scoreRows(report.slug, rows, kept, new Set(used)));
  }
  return scores;
}

const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(0) : '–'}%`;

/** One line per text and a total: junk per 100 figures, indicator accuracy, new-indicator share. */
export function proposeLines(scores: ProposeScore[]): string[][] {
  const total = scores.reduce(
    (t, s) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === 'number' ? v + (s[k as keyof ProposeScore] as number) : v])) as unknown as ProposeScore,
    { text: 'all', figures: 0, found: 0, junk: 0, indicatorRight: 0, withIndicator: 0, withIndicatorRight: 0, wrongGuessWhereNone: 0, shown: 0, shownRight: 0, newIndicator: 0 },
  );
  return [...scores, total].map((s) => [
    s.text,
    String(s.figures),
    pct(s.found, s.figures),
    ((100 * s.junk) / s.figures).toFixed(1),
    pct(s.indicatorRight, s.found),
    `${s.withIndicatorRight}/${s.withIndicator}`,
    `${s.wrongGuessWhereNone}/${s.figures - s.withIndicator}`,
    `${s.shownRight}/${s.shown}`,
    pct(s.newIndicator, s.found),
  ]);
}

export const PROPOSE_COLUMNS = [
  'text',
  'figures kept',
  'found',
  'junk rows per 100 figures',
  'indicator right',
  'catalogue indicator filled in right',
  'guess where none fits',
  'filled-in indicators right',
  'new indicator proposed',
];

if (import.meta.main) {
  console.log(training ? 'trained guesser, calibrated threshold' : 'no training module: every figure gets its first guess');
  for (const line of [PROPOSE_COLUMNS, ...proposeLines(scoreLeaveOneOut())]) console.log(line.map((c, i) => c.padEnd(i ? 10 : 36)).join(' '));
}
