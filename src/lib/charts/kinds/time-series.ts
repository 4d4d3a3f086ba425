/** One area's same count at single years or dates: columns when every label fits over its column, else bars. */
import { formatPeriod } from '../../numbers/format.ts';
import { columns, horizontalBars } from '../plots.ts';
import type { ChartKindDefinition } from './kind.ts';
import { singleYear } from './labels.ts';
import { listed } from './two-bars.ts';

export const timeSeries: ChartKindDefinition = {
  mixedUnits: false,
  check: () => [],
  // A point: its year, or the date a stock was counted ("02/2023").
  label: (o) => singleYear(o) ?? (o.asOf ? formatPeriod(o).replace(/^tại (tháng )?/, '') : o.category || formatPeriod(o)),
  periodUnderLabel: () => false,
  // Two dates are a change only where one paragraph states both; two texts' counts may differ by how each counted.
  twoBars: (pair) =>
    pair.a.report === pair.b.report && pair.a.anchor === pair.b.anchor
      ? undefined
      : `hai thời điểm (${listed(pair)}) ở hai đoạn văn khác nhau, không đoạn nào tự nêu sự thay đổi này: số liệu để ở bảng, không vẽ thành xu hướng`,
  plot: (model, layout, y) => (layout.columns && columns(model, layout, y)) || horizontalBars(model, layout, y),
  legend: () => [],
};
