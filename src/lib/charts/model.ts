/** A chart ready to draw: everything the image says, computed from the data. */
export type ChartKind = 'comparison' | 'time-series' | 'composition' | 'target';

export interface ChartDatum {
  /** Observation behind the mark. */
  observationId: string;
  label: string;
  /** Second line of the label: the period, so bars with different periods say so. */
  sublabel?: string;
  value: number;
  valueLabel: string;
  /** For targets: the goal the value is measured against. */
  target?: number;
  targetLabel?: string;
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
  notes: string[];
  sources: string[];
  credit: string;
}
