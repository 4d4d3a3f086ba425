/** The parts of one total ("trong đó …"), each with its share of the printed total (or of their sum, said in a note). */
import { formatShare } from '../../numbers/format.ts';
import { horizontalBars } from '../plots.ts';
import type { ChartKindDefinition } from './kind.ts';
import { groupLabel } from './labels.ts';

export const composition: ChartKindDefinition = {
  mixedUnits: false,
  breakdown: () => true,
  check: () => [],
  label: groupLabel,
  periodUnderLabel: (o, c) => !c.onePeriod,
  mark: (o, base, c) => ({ valueLabel: `${base.valueLabel} (${formatShare(o.value, c.total)})` }),
  plot: horizontalBars,
  legend: () => [],
};
