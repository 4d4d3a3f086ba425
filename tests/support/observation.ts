/** Observations made up for unit tests: a plain count of one district over 2020–2022, and whatever a test changes; its sentence holds its period words unless a test gives another quote. */
import type { Observation } from '../../src/lib/data/observations.ts';

let next = 0;
export function observation(fields: Partial<Observation> = {}): Observation {
  return {
    id: `t-${++next}`,
    indicator: 'x',
    area: 'quan-a',
    value: 10,
    unit: 'lớp',
    qualifier: '',
    printed: '10',
    category: '',
    periodStart: '2020',
    periodEnd: '2022',
    report: 'r',
    anchor: 'p-1',
    quote: fields.durationWords ?? '',
    note: '',
    scope: '',
    ...fields,
  };
}
