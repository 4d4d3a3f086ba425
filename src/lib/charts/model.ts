/** A chart ready to draw: everything the image says, computed from the data. */
import type { ChartKind } from './kinds/index.ts';

export interface ChartDatum {
  /** Observation behind the mark. */
  observationId: string;
  label: string;
  /** Second line of the label: the period, so bars with different periods say so. */
  sublabel?: string;
  /** The value drawn, exact (a rate is not rounded here). */
  value: number;
  /** The value as the label shows it, rounded to its decimals: what a reader of the chart sees. */
  shown: number;
  valueLabel: string;
  /** A goal drawn beside results ("chỉ tiêu 2020–2025"), not a result. */
  role?: 'target';
  /** For targets: the goal the value is measured against. */
  target?: number;
  targetLabel?: string;
  /** The pro-rata pace a whole-term target sets for this result's shorter period (700 over 5 years: 350 after 2,5). */
  pace?: number;
  paceLabel?: string;
  /** A note under the mark, e.g. "đạt 130% kế hoạch". */
  annotation?: string;
  /** Where the figure is quoted. */
  href: string;
}

export interface ChartModel {
  id: string;
  kind: ChartKind;
  title: string;
  subtitle: string;
  unit: string;
  /** Name of what the value axis measures, e.g. "đảng viên mỗi năm". */
  valueLabel: string;
  data: ChartDatum[];
  /** Every note, the one that most changes how the chart is read first: shown under the chart on pages. */
  notes: string[];
  /** The one caveat an image carries, its first note; the rest is at the chart's address. */
  caveat?: string;
  /** How to read the marks ("Vạch đỏ: chỉ tiêu"), drawn in the image as a key. */
  legend: string[];
  /** That the districts the chart names were administrative units until a date: in the image, which travels alone; a page says it once. */
  areasNote: string;
  sources: string[];
  credit: string;
}
