/** Results printed "a/b" against their target b: a bar for the result, a red line for the target, a dashed one for the pace. */
import { formatNumber, roundedAsFormatted } from '../../numbers/format.ts';
import { isTargetRatio, proRataPace } from '../comparability.ts';
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
  mark: (o, _base, c) => {
    const share = (o.numerator! / o.denominator!) * 100;
    const pace = proRataPace(o, c.data.observationsByReport.get(o.report));
    const paceValue = pace && (c.mixedUnits ? (pace.pace / o.denominator!) * 100 : pace.pace);
    return {
      value: c.mixedUnits ? share : o.numerator!,
      shown: c.mixedUnits ? roundedAsFormatted(share, 'share', '%') : o.numerator!,
      // Written like every number on the site ("3.057/2.400"), whatever the source printed; the table's quote keeps the print.
      valueLabel: `${formatNumber(o.numerator!)}/${formatNumber(o.denominator!)}${c.mixedUnits ? ` ${o.unit}` : ''} (${formatNumber(share, 'share', '%')})`,
      target: c.mixedUnits ? 100 : o.denominator,
      targetLabel: `chỉ tiêu ${c.mixedUnits ? `${formatNumber(o.denominator!)} ${o.unit}` : formatNumber(o.denominator!, 'figure', c.unit)}`,
      ...(pace && paceValue !== undefined
        ? {
            pace: paceValue,
            paceLabel: `cần đạt sau ${formatNumber(pace.resultYears.years, 'years')} trong ${formatNumber(pace.targetYears, 'years')} năm: ${formatNumber(pace.pace, 'rate')} (đạt ${formatNumber((o.numerator! / pace.pace) * 100, 'share', '%')} mức này)`,
          }
        : {}),
    };
  },
  // A result beside its target says whether it was met.
  twoBars: () => undefined,
  plot: horizontalBars,
  legend: (mixedUnits) => [
    mixedUnits
      ? `Mỗi thanh: kết quả theo phần trăm chỉ tiêu của chính nó; vạch đỏ: chỉ tiêu (${formatNumber(100, 'figure', '%')}).`
      : 'Vạch đỏ: chỉ tiêu; thanh xanh: kết quả.',
  ],
};
