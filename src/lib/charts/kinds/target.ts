/** Results printed "a/b" against their target b: a bar for the result, a red line for the target, a dashed one for the pace. */
import { isTargetRatio } from '../comparability.ts';
import { horizontalBars } from '../plots.ts';
import { capitalise } from '../../text/case.ts';
import type { ChartKindDefinition } from './kind.ts';
import { areaName, groupLabel, indicatorName, singleYear } from './labels.ts';

export const target: ChartKindDefinition = {
  // Targets in different units compare as shares of their own target: what each counts is in its label.
  mixedUnits: true,
  single: (observations) => observations.every(isTargetRatio),
  check: (observations) => {
    const others = observations.filter((o) => !isTargetRatio(o));
    return others.length
      ? [`biểu đồ chỉ tiêu cần số liệu dạng "đạt/chỉ tiêu" (a/b) có target_words: ${others.map((o) => o.id).join(', ')}`]
      : [];
  },
  label: (o, c) => {
    if (c.oneArea && c.indicatorsDiffer) return groupLabel(o, c);
    if (o.category) return capitalise(o.category);
    return c.oneArea ? (singleYear(o) ?? indicatorName(o, c)) : areaName(o, c);
  },
  // A one-area series of years is labelled by its years.
  periodUnderLabel: (o, c) => !(c.oneArea && singleYear(o)),
  plot: horizontalBars,
  legend: (mixedUnits) => [
    mixedUnits
      ? 'Mỗi thanh: kết quả theo phần trăm chỉ tiêu của chính nó; vạch đỏ: chỉ tiêu (100%).'
      : 'Vạch đỏ: chỉ tiêu; thanh xanh: kết quả.',
  ],
};
