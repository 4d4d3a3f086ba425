/** Labels more than one kind gives its marks. */
import { areaTitle } from '../../data/areas.ts';
import type { Observation } from '../../data/observations.ts';
import { formatPeriod } from '../../numbers/format.ts';
import { capitalise } from '../../text/case.ts';
import type { LabelContext } from './kind.ts';

/** A single calendar year ("2019"), the label of yearly series and one-area targets. */
export const singleYear = (o: Observation): string | undefined =>
  o.periodStart && o.periodStart === o.periodEnd ? o.periodStart : undefined;

export const indicatorName = (o: Observation, c: LabelContext): string => c.data.indicatorById.get(o.indicator)!.name;

export const areaName = (o: Observation, c: LabelContext): string => areaTitle(c.data.areas.find((a) => a.id === o.area)!);

/** Parts or groups of one area: by their group, and by their indicator too when several indicators share the chart. */
export const groupLabel = (o: Observation, c: LabelContext): string =>
  c.indicatorsDiffer ? [indicatorName(o, c), o.category].filter(Boolean).join(': ') : capitalise(o.category || indicatorName(o, c));

export { formatPeriod };
