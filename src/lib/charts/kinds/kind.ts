/**
 * What makes a chart kind: which figures it accepts, how it draws them and the key that reads its marks. Every kind passes
 * the checks all charts pass (spec.ts); a kind adds its own here, in its own file, listed once in the registry (index.ts).
 */
import type { Observation } from '../../data/observations.ts';
import type { SiteData } from '../../data/site-data.ts';
import type { ChartDatum, ChartModel } from '../model.ts';
import type { Block, Layout } from '../plots.ts';
import type { TwoBars } from './two-bars.ts';

/** What a kind needs to know of the whole chart to label one of its marks. */
export interface LabelContext {
  data: SiteData;
  observations: Observation[];
  oneArea: boolean;
  /** One area, one period, several groups. */
  breakdown: boolean;
  /** Results beside the targets set for them. */
  withTargets: boolean;
  indicatorsDiffer: boolean;
  onePeriod: boolean;
}

/** What a kind needs to know of the whole chart to draw one of its marks. */
export interface MarkContext extends LabelContext {
  /** Figures in several units, drawn as shares of their own targets. */
  mixedUnits: boolean;
  /** The unit the value axis measures. */
  unit: string;
}

/** A mark as every kind draws it: the value (per year, per 1,000 members if asked) and its label. */
export type BaseMark = Pick<ChartDatum, 'value' | 'shown' | 'valueLabel'>;

export interface ChartKindDefinition {
  /** Figures in several units may stand together, each drawn as a share of its own target. */
  mixedUnits: boolean;
  /** Whether these figures alone make a chart of this kind (every other kind needs two figures or more). */
  single?: (observations: Observation[]) => boolean;
  /** Whether these figures are a breakdown: one area's groups in one period, which differ by design (kinds without it: never). */
  breakdown?: (observations: Observation[]) => boolean;
  /** Whether results stand beside the targets set for them, each target drawn as an outline (kinds without it: never). */
  withTargets?: (observations: Observation[]) => boolean;
  /** Problems of a spec of this kind beyond the checks every chart passes, as words after the chart's name. */
  check: (observations: Observation[], spec: { rate: string }, data: SiteData) => string[];
  /** A mark's label ("2019", "Khiển trách", "Quận Long Biên"). */
  label: (o: Observation, c: LabelContext) => string;
  /** Whether the period goes under the label: only where it tells marks apart or differs between them. */
  periodUnderLabel: (o: Observation, c: LabelContext) => boolean;
  /** What the kind changes in a mark: a part's share, a result against its target and pace. */
  mark?: (o: Observation, base: BaseMark, c: MarkContext) => Partial<ChartDatum>;
  /**
   * Why two bars of this kind say no more than the sentence (rules-two-bars.ts; a result beside its target always says more),
   * or undefined when they are worth a chart. Kinds without it: two areas counted alike are, two groups of one area are not.
   */
  twoBars?: (pair: TwoBars) => string | undefined;
  /** Notes the kind adds under the chart, after those on the data and before the editor's. */
  notes?: (c: MarkContext, spec: { rate: string }) => string[];
  /** The plot, from the top at y. */
  plot: (model: ChartModel, layout: Layout, y: number) => Block;
  /** How to read the kind's own marks, drawn as a key ("Vạch đỏ: chỉ tiêu"); `mixedUnits` when figures are shares of their targets. */
  legend: (mixedUnits: boolean) => string[];
}
