/**
 * What `propose` learns from the figures editors have filed: the words
 * around each curated figure (examples for its indicator) and a calibration
 * that says how often a guess of a given score is right.
 *
 * The calibration is fitted only on guesses for reports held out from the
 * examples (leave one report out), with the catalogue cut to the indicators
 * the other reports use: a held-out report then has figures that no
 * indicator fits, as a new text has. The threshold is the chance above which
 * showing the guess saves the editor more than it costs, measured on the same
 * held-out guesses: a wrong guess costs more than a blank one (the editor
 * must notice it, then look the indicator up anyway).
 */
import type { Dataset } from '../data/dataset.ts';
import { placeInQuotes } from '../data/figure-position.ts';
import type { Indicator } from '../data/indicators.ts';
import { collapseWhitespace } from '../text/fold.ts';
import { figureContext } from './draft-rows.ts';
import { chance, IndicatorGuesser, type Calibration, type Example } from './indicator-guess.ts';

/** A wrong guess shown costs the editor this many times what a right one saves. */
export const WRONG_GUESS_COST = 2;

/** The curated figures of each report as examples: the clause around each and the indicator it was filed under. */
export function curatedExamples(dataset: Pick<Dataset, 'observations' | 'reports'>): Map<string, Example[]> {
  const byReport = new Map<string, Example[]>();
  for (const [slug, report] of dataset.reports) {
    const curated = dataset.observations.filter((o) => o.report === slug);
    const placed = placeInQuotes(curated.map((o) => ({ ...o, quote: collapseWhitespace(o.quote) })));
    const examples: Example[] = [];
    for (const [o, inner] of placed) {
      const block = report.blockById.get(o.anchor);
      const at = block && inner !== undefined ? block.text.indexOf(o.quote) + inner : -1;
      if (!block || at < 0) continue;
      examples.push({ ...figureContext(block.text, o.quote, at, at + o.printed.length), unit: o.unit, indicator: o.indicator });
    }
    byReport.set(slug, examples);
  }
  return byReport;
}

/** The catalogue as it would stand without the held-out reports: the indicators the given examples use. */
export const catalogueOf = (indicators: Indicator[], examples: Example[]) => {
  const used = new Set(examples.map((e) => e.indicator));
  return indicators.filter((i) => used.has(i.id));
};

interface Outcome {
  features: number[];
  right: boolean;
}

/** Each held-out report's first guesses, made by a guesser that learnt from the other reports only. */
function heldOutOutcomes(byReport: Map<string, Example[]>, indicators: Indicator[]): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const [slug, heldOut] of byReport) {
    const others = [...byReport].filter(([s]) => s !== slug).flatMap(([, e]) => e);
    const guesser = new IndicatorGuesser(catalogueOf(indicators, others), others);
    for (const example of heldOut) {
      const top = guesser.scored(example, 3)[0];
      if (top) outcomes.push({ features: top.features, right: top.id === example.indicator });
    }
  }
  return outcomes;
}

/** Logistic regression by gradient descent, from zero weights with a fixed number of steps, so the fit is the same every run. */
function fitLogistic(outcomes: Outcome[], steps = 3000, rate = 0.5, ridge = 1e-3): number[] {
  const size = outcomes[0]?.features.length ?? 0;
  const weights = new Array<number>(size).fill(0);
  if (!outcomes.length) return weights;
  for (let step = 0; step < steps; step++) {
    const gradient = weights.map((w) => ridge * w);
    for (const o of outcomes) {
      const error = chance(weights, o.features) - (o.right ? 1 : 0);
      o.features.forEach((x, i) => (gradient[i]! += (error * x) / outcomes.length));
    }
    weights.forEach((_, i) => (weights[i]! -= rate * gradient[i]!));
  }
  return weights;
}

/** The chance above which shown guesses gain the most: each right one +1, each wrong one −WRONG_GUESS_COST. */
function bestThreshold(chances: { p: number; right: boolean }[]): number {
  const sorted = [...chances].sort((a, b) => b.p - a.p);
  let gain = 0;
  let best = { gain: 0, threshold: 1 };
  sorted.forEach((c, i) => {
    gain += c.right ? 1 : -WRONG_GUESS_COST;
    // Between two guesses of the same chance there is no threshold.
    if (gain > best.gain && sorted[i + 1]?.p !== c.p) best = { gain, threshold: c.p };
  });
  return best.threshold;
}

/** The calibration fitted on held-out guesses, with the threshold measured on them. */
export function fitCalibration(byReport: Map<string, Example[]>, indicators: Indicator[]): Calibration {
  const outcomes = heldOutOutcomes(byReport, indicators);
  const weights = fitLogistic(outcomes);
  return { weights, threshold: bestThreshold(outcomes.map((o) => ({ p: chance(weights, o.features), right: o.right }))) };
}

/**
 * A guesser that learnt from all the given reports' figures, with its calibration. Holding one report out needs
 * figures filed from at least two; with fewer there is nothing to measure a threshold on, so every first guess is
 * shown (with its share of the top scores) and the editor checks each.
 */
export function trainGuesser(byReport: Map<string, Example[]>, indicators: Indicator[]): IndicatorGuesser {
  const examples = [...byReport.values()].flat();
  const filed = [...byReport.values()].filter((e) => e.length > 0).length;
  return new IndicatorGuesser(indicators, examples, filed >= 2 ? fitCalibration(byReport, indicators) : undefined);
}
