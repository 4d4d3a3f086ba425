/**
 * When two bars are worth a chart. Journalists and communications staff set two figures side by side for three things:
 * a result beside its target (met or missed), a change the text itself states between two periods (one paragraph gives
 * both: "5,6% in 2015, 1,2% in 2019"), and two places counted the same way on an indicator readers compare (as a rate,
 * or over one period). Anything else with two bars (two groups one sentence lists, a total's two parts, two dates from
 * two different texts) is read better in the sentence and the table: a chart would add bars, not an answer. A kind that
 * asks something else of its two bars says so in its own file (kinds/kind.ts, `twoBars`).
 */
import type { Indicator } from '../data/indicators.ts';
import type { Observation } from '../data/observations.ts';
import { isTargetRow } from './comparability.ts';
import { KINDS } from './kinds/index.ts';
import { sideBySide } from './kinds/two-bars.ts';
import type { ChartSpec } from './spec.ts';

/** Why these two bars are not the comparison a reader came for; undefined when they are, or when there are not two. */
export function twoBarsReason(
  spec: Pick<ChartSpec, 'kind' | 'rate'>,
  observations: Observation[],
  indicatorById: Map<string, Indicator>,
): string | undefined {
  if (observations.length !== 2 || observations.some(isTargetRow)) return undefined;
  const [a, b] = observations as [Observation, Observation];
  const pair = { a, b, rate: spec.rate, indicatorById };
  const kind = KINDS[spec.kind];
  return kind.twoBars ? kind.twoBars(pair) : sideBySide(pair, 'chỉ hai nhóm trong một đoạn văn');
}
