import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { areaAncestry, areaSchema } from '../../../src/lib/data/areas.ts';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { formatIssue } from '../../../src/lib/data/errors.ts';

const schema = z.object({ id: z.string().min(1), value: z.coerce.number() });
const parse = (text: string) => parseCsv(text, 'bang.csv', schema);

describe('parseCsv', () => {
  it('accepts BOM, CRLF and blank lines', () => {
    const { rows, issues } = parse('\uFEFFid,value\r\na,1\r\n\r\nb,2\r\n');
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.value.id])).toEqual([[2, 'a'], [4, 'b']]);
  });
  it('reports an unclosed quote with its line', () => {
    const { issues } = parse('id,value\na,1\n"b,2\n');
    expect(issues[0]).toMatchObject({ file: 'bang.csv', row: 3 });
    expect(formatIssue(issues[0]!)).toMatch(/ngoặc kép/);
  });
  it('reports a wrong column count', () => {
    const { issues } = parse('id,value\na,1,3\n');
    expect(issues[0]).toMatchObject({ row: 2, message: 'có 3 cột, cần 2' });
  });
  it('reads a column whose cells may be empty as empty when the file leaves it out', () => {
    const withNote = z.object({ id: z.string().min(1), note: z.string() });
    const { rows, issues } = parseCsv('id\na\n', 'bang.csv', withNote);
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([{ id: 'a', note: '' }]);
    expect(parseCsv('note\nx\n', 'bang.csv', withNote).issues[0]!.message).toMatch(/thiếu: id;/);
  });
  it('reports a wrong header', () => {
    expect(parse('id,gia_tri\na,1\n').issues[0]!.message).toMatch(/thiếu: value; thừa: gia_tri/);
  });
  it('names the column of an invalid value, counting lines inside quoted cells', () => {
    const { issues } = parse('id,value\n"x\ny",1\n,2\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 4, column: 'id' });
  });
});

describe('areas', () => {
  it('walks the hierarchy from the city down', () => {
    const areas = [
      { id: 'ha-noi', name: 'Hà Nội', level: 'thanh-pho' as const, parent: '', valid_from: '', valid_to: '' },
      { id: 'long-bien', name: 'Long Biên', level: 'quan' as const, parent: 'ha-noi', valid_from: '', valid_to: '2025-06-30' },
      { id: 'duc-giang', name: 'Đức Giang', level: 'phuong' as const, parent: 'long-bien', valid_from: '', valid_to: '' },
    ];
    expect(areaAncestry(areas, 'duc-giang').map((a) => a.id)).toEqual(['ha-noi', 'long-bien', 'duc-giang']);
    expect(areaSchema.safeParse({ id: 'Đức Giang', name: 'x', level: 'phuong', parent: '', valid_from: '', valid_to: '' }).success).toBe(false);
    expect(areaSchema.safeParse({ id: 'x', name: 'x', level: 'quan', parent: '', valid_from: '2025-07-01', valid_to: '2025-06-30' }).success).toBe(false);
  });
});
