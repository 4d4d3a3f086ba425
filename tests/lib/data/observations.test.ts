import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { OBSERVATION_COLUMNS, observationCells, observationSchema, toObservation } from '../../../src/lib/data/observations.ts';

// Read as the data file is: optional columns a file leaves out read as empty cells.
const csv = [
  'id,indicator,area,value,unit,qualifier,printed,period_start,period_end,report,anchor,quote,percent_of,duration_years,duration_words',
  'ntl-001,ket-nap-dang-vien,nam-tu-liem,92.1,%,,"92,1%",2020,2025,nam-tu-liem,p-3,"Tỷ lệ đạt 92,1% trong 5 năm qua.",ntl-002,5,trong 5 năm qua',
].join('\n');
const parsed = parseCsv(csv, 'observations.csv', observationSchema);
const row = parsed.rows[0]!.value;

describe('an observation read from its row', () => {
  it('is read from a file that leaves out optional columns', () => expect(parsed.issues).toEqual([]));
  it('names each column in camel case, reads numbers as numbers, leaves an empty cell absent and keeps empty free text', () => {
    const o = toObservation(row);
    expect(o).toMatchObject({ id: 'ntl-001', value: 92.1, periodStart: '2020', percentOf: 'ntl-002', durationYears: 5, durationWords: 'trong 5 năm qua' });
    for (const absent of ['valueMax', 'numerator', 'asOf', 'partOf', 'targetYears', 'targetWords'] as const) expect(o[absent], absent).toBeUndefined();
    for (const text of ['qualifier', 'category', 'note', 'scope'] as const) expect(o[text], text).toBe('');
    expect(Object.keys(o)).toHaveLength(Object.keys(OBSERVATION_COLUMNS).length);
  });
  it('goes back to every column in the table’s order, an absent value as an empty cell', () => {
    const cells = observationCells(toObservation(row));
    expect(Object.keys(cells)).toEqual(Object.keys(OBSERVATION_COLUMNS));
    for (const [column, cell] of Object.entries(cells)) expect(String(cell ?? ''), column).toBe(row[column as keyof typeof row]);
  });
});
