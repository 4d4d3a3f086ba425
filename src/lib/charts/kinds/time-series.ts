/** One area's same count at single years or dates: columns when every label fits over its column, else bars. */
import { formatPeriod } from '../../numbers/format.ts';
import { columns, horizontalBars } from '../plots.ts';
import type { ChartKindDefinition } from './kind.ts';
import { singleYear } from './labels.ts';

export const timeSeries: ChartKindDefinition = {
  mixedUnits: false,
  check: () => [],
  // A point: its year, or the date a stock was counted ("02/2023").
  label: (o) => singleYear(o) ?? (o.asOf ? formatPeriod(o).replace(/^tại (tháng )?/, '') : o.category || formatPeriod(o)),
  periodUnderLabel: () => false,
  plot: (model, layout, y) => (layout.columns && columns(model, layout, y)) || horizontalBars(model, layout, y),
  legend: () => [],
};
