/**
 * When two bars are worth a chart. Journalists and communications staff set two figures side by side for three things:
 * a result beside its target (met or missed), a change the text itself states between two periods (one paragraph gives
 * both: "5,6% in 2015, 1,2% in 2019"), and two places counted the same way on an indicator readers compare (as a rate,
 * or over one period). Anything else with two bars (two groups one sentence lists, a total's two parts, two dates from
 * two different texts) is read better in the sentence and the table: a chart would add bars, not an answer.
 */
import type { Indicator } from '../data/indicators.ts';
import type { Observation } from '../data/observations.ts';
import { isRate } from '../numbers/units.ts';
import { isTargetRow } from './comparability.ts';
import type { ChartSpec } from './spec.ts';

const period = (o: Observation) => o.asOf ?? `${o.periodStart}..${o.periodEnd}`;
const listed = (observations: Observation[]) => observations.map((o) => `${o.printed} ở ${o.id}`).join(' và ');

/** Why these two bars are not the comparison a reader came for; undefined when they are, or when there are not two. */
export function twoBarsReason(
  spec: Pick<ChartSpec, 'kind' | 'rate'>,
  observations: Observation[],
  indicatorById: Map<string, Indicator>,
): string | undefined {
  if (observations.length !== 2) return undefined;
  const [a, b] = observations as [Observation, Observation];
  if (spec.kind === 'target' || observations.some(isTargetRow)) return undefined;
  if (spec.kind === 'time-series')
    return a.report === b.report && a.anchor === b.anchor
      ? undefined
      : `hai thời điểm (${listed(observations)}) ở hai đoạn văn khác nhau, không đoạn nào tự nêu sự thay đổi này: số liệu để ở bảng, không vẽ thành xu hướng`;
  if (a.area !== b.area) {
    const compared = a.indicator === b.indicator && indicatorById.get(a.indicator)?.comparability !== 'not-comparable';
    const alike = spec.rate !== '' || (isRate(a.unit) && isRate(b.unit)) || period(a) === period(b);
    return compared && alike
      ? undefined
      : `hai địa bàn (${listed(observations)}) không đếm cùng cách trong cùng một kỳ hay bằng cùng một tỷ lệ: số liệu để ở bảng`;
  }
  if (spec.kind === 'composition')
    return `tổng chỉ có hai phần (${listed(observations)}): văn bản đã nói đủ, hai cột không cho thấy thêm điều gì; số liệu để ở bảng`;
  return `chỉ hai nhóm trong một đoạn văn (${listed(observations)}): văn bản đã nói đủ, hai cột không cho thấy thêm điều gì; số liệu để ở bảng`;
}
