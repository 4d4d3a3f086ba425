/**
 * Which catalogue indicator a figure is, guessed from the words next to it.
 *
 * Only the catalogue is read (names, definitions, units), never the curated
 * observations: a new report's figures are guessed the way its editor would
 * look them up. The words right after a figure name what it counts ("86
 * quần chúng ưu tú", "345 chi bộ"), the words before it say what happened
 * ("đã kết nạp", "kiểm tra"); both are matched against each indicator's
 * name and definition as syllables and syllable pairs ("đảng viên", "kết
 * nạp"), weighted by how rare they are in the catalogue. Only indicators whose
 * unit the figure can take compete: a percentage is a rate, an amount of
 * money is money, a count is a count.
 *
 * Figures an editor has already filed (examples) add the words printed around
 * them to their indicator's profile. A calibration, fitted on figures held out
 * from the examples (training.ts), turns a score into the chance that the
 * guess is right; a guess below the calibration's threshold is not shown.
 */
import type { Indicator } from '../data/indicators.ts';
import { conversionFactor, unitScale } from '../numbers/units.ts';
import { foldVietnamese } from '../text/fold.ts';

export interface IndicatorGuess {
  id: string;
  /** With a calibration, the chance that this guess is right (0–1); without one, its share of the top scores. */
  confidence: number;
}

/** A figure an editor filed, with the words around it. */
export interface Example extends FigureContext {
  indicator: string;
}

/** Logistic weights over a guess's features (see `features`) and the chance below which a guess is not shown. */
export interface Calibration {
  weights: number[];
  threshold: number;
}

export interface FigureContext {
  /** The clause before the figure, nearest words last. */
  before: string;
  /** The words after the figure up to the end of its clause. */
  after: string;
  /** The unit the figure was printed or read with ('%', 'đồng', 'ha', or a count noun). */
  unit: string;
}

/** Syllables, lower case with diacritics (they distinguish "đảng" from "đăng"), and adjacent pairs. */
function terms(text: string): string[] {
  const syllables = text
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s && !/^\d+$/.test(s));
  return [...syllables, ...syllables.slice(1).map((s, i) => `${syllables[i]} ${s}`)];
}

/** Words that say nothing about what a figure counts. */
const STOP = new Set(
  'của và các cho với trong được đã có là số tại theo về từ đến trên đạt những một này đó năm tổng hơn gần khoảng dưới người'.split(' '),
);

interface Entry {
  indicator: Indicator;
  name: Set<string>;
  definition: Set<string>;
  /** Words printed around the figures filed under it, with how many of its figures had them. */
  usage: Map<string, number>;
  examples: number;
}

/**
 * What the chance of a guess is read from: its score, its share of the top three, whether the printed noun is its
 * unit, and how many filed figures it has (an indicator many reports use is likely to be a new report's too).
 */
export function features(score: number, topScores: number[], sameUnit: boolean, examples: number): number[] {
  const total = topScores.reduce((sum, s) => sum + s, 0);
  return [1, Math.log(1 + score), total ? score / total : 0, sameUnit ? 1 : 0, Math.log(1 + examples)];
}

export const chance = (weights: number[], x: number[]) => 1 / (1 + Math.exp(-x.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0)));

/** Context words weighted by nearness: what the figure counts weighs most, then what was done. */
function contextTerms(context: FigureContext): Map<string, number> {
  const weighted = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const t of terms(text)) if (!STOP.has(t)) weighted.set(t, Math.max(weighted.get(t) ?? 0, weight));
  };
  const beforeWords = context.before.split(/\s+/).filter(Boolean);
  add(beforeWords.slice(0, -6).join(' '), 0.4);
  add(beforeWords.slice(-6).join(' '), 1);
  add(context.after.split(/\s+/).slice(0, 5).join(' '), 1.5);
  return weighted;
}

/** A unit a figure in `unit` can be filed under: the same scale, or two count nouns. */
function compatible(figureUnit: string, indicatorUnit: string): boolean {
  if (conversionFactor(figureUnit, indicatorUnit) !== undefined) return true;
  return !unitScale(figureUnit) && !unitScale(indicatorUnit);
}

export class IndicatorGuesser {
  private readonly entries: Entry[];
  private readonly idf = new Map<string, number>();

  readonly calibration: Calibration | undefined;

  constructor(indicators: Indicator[], examples: Example[] = [], calibration?: Calibration) {
    this.calibration = calibration;
    this.entries = indicators.map((indicator) => ({
      indicator,
      name: new Set(terms(indicator.name)),
      definition: new Set(terms(indicator.definition.replace(/\(category[^)]*\)/g, ''))),
      usage: new Map(),
      examples: 0,
    }));
    const byId = new Map(this.entries.map((e) => [e.indicator.id, e]));
    for (const example of examples) {
      const entry = byId.get(example.indicator);
      if (!entry) continue;
      entry.examples++;
      for (const t of contextTerms(example).keys()) entry.usage.set(t, (entry.usage.get(t) ?? 0) + 1);
    }
    const documents = this.entries.length;
    const seen = new Map<string, number>();
    for (const e of this.entries)
      for (const t of new Set([...e.name, ...e.definition, ...e.usage.keys()])) seen.set(t, (seen.get(t) ?? 0) + 1);
    for (const [t, n] of seen) this.idf.set(t, Math.log(1 + documents / n));
  }

  /** The best-scoring indicators with their features, best first, at most `limit`; empty when nothing in the catalogue fits. */
  scored(context: FigureContext, limit = 3): { id: string; score: number; features: number[] }[] {
    const weighted = contextTerms(context);
    const top = this.entries
      .filter((e) => compatible(context.unit, e.indicator.unit))
      .map((e) => {
        let score = 0;
        for (const [t, w] of weighted) {
          const idf = this.idf.get(t) ?? 0;
          const pair = t.includes(' ') ? 1.5 : 1;
          if (e.name.has(t)) score += w * idf * pair;
          else if (e.definition.has(t)) score += 0.5 * w * idf * pair;
          // Words that stood beside this indicator's filed figures, by the share of them that had the word.
          const used = e.usage.get(t);
          if (used) score += (w * idf * pair * used) / e.examples;
        }
        // The noun printed after the figure is the indicator's own unit ("345 chi bộ").
        if (foldVietnamese(context.unit) === foldVietnamese(e.indicator.unit) && !unitScale(context.unit)) score *= 1.3;
        return { id: e.indicator.id, score: score / Math.pow(1 + e.name.size, 0.25), examples: e.examples };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
    const scores = top.map((s) => s.score);
    const unit = foldVietnamese(context.unit);
    const sameUnit = (id: string) =>
      !unitScale(context.unit) && this.entries.some((e) => e.indicator.id === id && foldVietnamese(e.indicator.unit) === unit);
    return top.map((s) => ({ id: s.id, score: s.score, features: features(s.score, scores, sameUnit(s.id), s.examples) }));
  }

  /** Indicators by score, best first, at most `limit`, with their confidence. */
  guess(context: FigureContext, limit = 3): IndicatorGuess[] {
    return this.scored(context, limit).map((s) => ({
      id: s.id,
      confidence: this.calibration ? chance(this.calibration.weights, s.features) : s.features[2]!,
    }));
  }

  /** Whether a guess is sure enough to show: above the calibration's threshold (every guess, without a calibration). */
  shown(guess: IndicatorGuess | undefined): boolean {
    return guess !== undefined && (!this.calibration || guess.confidence >= this.calibration.threshold);
  }
}
