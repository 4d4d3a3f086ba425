/** The parts of one total ("trong đó …"), each with its share of the printed total (or of their sum, said in a note). */
import type { Observation } from '../../data/observations.ts';
import type { SiteData } from '../../data/site-data.ts';
import { formatNumber, formatShare } from '../../numbers/format.ts';
import { horizontalBars } from '../plots.ts';
import type { ChartKindDefinition, LabelContext } from './kind.ts';
import { groupLabel } from './labels.ts';
import { sideBySide } from './two-bars.ts';

/** The total all these parts belong to, when they name the same one and count the same thing. */
function sharedTotal(parts: Observation[], data: SiteData): Observation | undefined {
  const ids = new Set(parts.map((o) => o.partOf));
  const total = ids.size === 1 && parts[0]!.partOf ? data.observationById.get(parts[0]!.partOf) : undefined;
  return total && data.units.thingOf(total) === data.units.thingOf(parts[0]!) ? total : undefined;
}

/** Shares of the printed total when the parts share one and fit in it ("trong đó" lists need not add up), else of their sum. */
function whole({ observations, data }: LabelContext): { sum: number; total: number; printed?: Observation } {
  const sum = observations.reduce((s, o) => s + o.value, 0);
  const printed = sharedTotal(observations, data);
  return { sum, total: printed && sum <= printed.value ? printed.value : sum, printed };
}

export const composition: ChartKindDefinition = {
  mixedUnits: false,
  breakdown: () => true,
  check: () => [],
  label: groupLabel,
  periodUnderLabel: (o, c) => !c.onePeriod,
  mark: (o, base, c) => ({ valueLabel: `${base.valueLabel} (${formatShare(o.value, whole(c).total)})` }),
  notes: (c) => {
    const { sum, total, printed } = whole(c);
    return printed && sum !== printed.value
      ? [
          `Các phần cộng lại ${formatNumber(sum, 'figure', c.unit)}, tổng in ${printed.printed}: tỷ lệ tính trên ${total === sum ? 'tổng các phần' : 'tổng in'}.`,
        ]
      : [];
  },
  twoBars: (pair) => sideBySide(pair, 'tổng chỉ có hai phần'),
  plot: horizontalBars,
  legend: () => [],
};
