/** What every kind asks of a chart of two bars (rules-two-bars.ts), for the kinds that ask something else. */
import type { Indicator } from '../../data/indicators.ts';
import type { Observation } from '../../data/observations.ts';
import { isRate } from '../../numbers/units.ts';

/** The two figures, and what decides whether two areas are counted alike. */
export interface TwoBars {
  a: Observation;
  b: Observation;
  rate: string;
  indicatorById: Map<string, Indicator>;
}

const period = (o: Observation) => o.asOf ?? `${o.periodStart}..${o.periodEnd}`;
export const listed = ({ a, b }: TwoBars) => [a, b].map((o) => `${o.printed} ở ${o.id}`).join(' và ');

/** Two areas are worth two bars on an indicator readers compare, counted the same way: as a rate, or over one period. */
export function areasApart(pair: TwoBars): string | undefined {
  const { a, b, rate, indicatorById } = pair;
  const compared = a.indicator === b.indicator && indicatorById.get(a.indicator)?.comparability !== 'not-comparable';
  const alike = rate !== '' || (isRate(a.unit) && isRate(b.unit)) || period(a) === period(b);
  return compared && alike
    ? undefined
    : `hai địa bàn (${listed(pair)}) không đếm cùng cách trong cùng một kỳ hay bằng cùng một tỷ lệ: số liệu để ở bảng`;
}

/** Two areas as every kind takes them; two groups of one area, the words of the kind (`twoGroups`): read better in the text. */
export const sideBySide = (pair: TwoBars, twoGroups: string): string | undefined =>
  pair.a.area !== pair.b.area
    ? areasApart(pair)
    : `${twoGroups} (${listed(pair)}): văn bản đã nói đủ, hai cột không cho thấy thêm điều gì; số liệu để ở bảng`;
