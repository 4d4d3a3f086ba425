/** Figures side by side: areas on the same count, a breakdown of one area's groups, results beside the targets set for them. */
import { formatNumber } from '../../numbers/format.ts';
import { isRate } from '../../numbers/units.ts';
import { figureYears } from '../comparability.ts';
import { horizontalBars } from '../plots.ts';
import { capitalise } from '../../text/case.ts';
import { isTargetRow } from '../comparability.ts';
import type { ChartKindDefinition } from './kind.ts';
import { areaName, groupLabel, indicatorName } from './labels.ts';

export const comparison: ChartKindDefinition = {
  mixedUnits: false,
  // One area's groups side by side: a breakdown; areas side by side are not, even of one group.
  breakdown: (observations) => new Set(observations.map((o) => o.area)).size === 1 && new Set(observations.map((o) => o.category)).size > 1,
  withTargets: (observations) => observations.some(isTargetRow),
  // Totals over periods of different lengths compare only per year (a breakdown's groups share one period).
  check(observations, spec, data) {
    if (spec.rate.includes('per-year') || new Set(observations.map((o) => o.area)).size < 2 || observations.every((o) => isRate(o.unit)))
      return [];
    const lengths = observations.map((o) => figureYears(o, data.observationsByReport.get(o.report))?.years);
    if (lengths.every((y) => y === undefined) || new Set(lengths.map((y) => y && formatNumber(y, 'years'))).size === 1) return [];
    return [
      `tổng của các kỳ dài khác nhau (${lengths.map((y) => (y === undefined ? 'thời điểm' : `${formatNumber(y, 'years')} năm`)).join(', ')}): tính bình quân mỗi năm (rate per-year) hoặc chọn số cùng kỳ`,
    ];
  },
  label: (o, c) => {
    if (c.oneArea && c.indicatorsDiffer) return groupLabel(o, c);
    if (c.withTargets) return isTargetRow(o) ? capitalise(o.category) : o.category ? `Kết quả: ${o.category}` : 'Kết quả';
    if (c.breakdown) return capitalise(o.category || indicatorName(o, c));
    const categoriesDiffer = new Set(c.observations.map((x) => x.category)).size > 1;
    return o.category && categoriesDiffer ? `${areaName(o, c)}: ${o.category}` : areaName(o, c);
  },
  periodUnderLabel: (o, c) => !(c.breakdown && c.onePeriod),
  notes: (c, spec) =>
    c.breakdown || c.onePeriod
      ? []
      : [
          `Kỳ số liệu khác nhau giữa các thanh (ghi dưới tên mỗi thanh)${spec.rate.includes('per-year') ? '; số liệu đã quy về bình quân mỗi năm của kỳ' : ': không so sánh trực tiếp độ lớn'}.`,
        ],
  plot: horizontalBars,
  legend: () => [],
};
