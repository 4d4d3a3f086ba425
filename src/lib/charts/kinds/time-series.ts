/** One area's same count at single years or dates: columns when every label fits over its column, else bars. */
import { columns, horizontalBars } from '../plots.ts';
import type { ChartKindDefinition } from './kind.ts';

export const timeSeries: ChartKindDefinition = {
  mixedUnits: false,
  check: () => [],
  plot: (model, layout, y) => (layout.columns && columns(model, layout, y)) || horizontalBars(model, layout, y),
  legend: () => [],
};
