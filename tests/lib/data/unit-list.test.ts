import { describe, expect, it } from 'vitest';
import { countedThingChecker, unitFacts, unitListProblems, type CountUnit } from '../../../src/lib/data/unit-list.ts';

const people = new Set(['đảng viên', 'cá nhân']);
const units: CountUnit[] = ['đảng viên', 'lượt', 'trường hợp', 'tập thể', 'cá nhân', 'gương', 'chi bộ', 'tổ chức'].map((unit) => ({
  unit,
  counted_thing: unit,
  counts_people: people.has(unit) ? 'yes' : '',
}));
units.push({ unit: 'đồng chí', counted_thing: 'đảng viên', counts_people: '' });
const check = countedThingChecker(units);
const members = { id: 'kiem-tra-dang-vien', unit: 'đảng viên' };
const exemplars = { id: 'dien-hinh-dan-van-kheo-dang-ky', unit: 'gương' };

describe('countedThingChecker: a row counts what its indicator counts', () => {
  it('accepts the indicator unit, and a noun the list says counts it ("đồng chí" for "đảng viên")', () => {
    expect(check({ unit: 'đảng viên', note: '' }, members)).toBeUndefined();
    expect(check({ unit: 'đồng chí', note: '' }, members)).toBeUndefined();
  });

  it('refuses checks ("196 lượt đảng viên") filed under a count of members, naming the fix', () => {
    const problem = check({ unit: 'lượt', note: '' }, members);
    expect(problem).toMatchObject({ column: 'unit', message: '"lượt" khác thứ chỉ tiêu kiem-tra-dang-vien đếm ("đảng viên"), không ghi quy đổi' });
    expect(problem!.fix).toContain('ghi counted_thing là "đảng viên"');
    expect(problem!.fix).toContain('chuyển dòng sang chỉ tiêu đếm "lượt"');
  });

  it('refuses collectives ("322 tập thể") under exemplars ("gương") unless the row states the conversion and why', () => {
    expect(check({ unit: 'tập thể', note: '' }, exemplars)?.column).toBe('unit');
    expect(check({ unit: 'tập thể', countedThing: 'gương', note: '' }, exemplars)).toMatchObject({ column: 'note' });
    expect(check({ unit: 'tập thể', countedThing: 'gương', note: 'mỗi tập thể đăng ký là một gương' }, exemplars)).toBeUndefined();
  });

  it('refuses a stated thing that is not the indicator unit, is what the noun counts already, or is on no list', () => {
    const why = 'lý do';
    expect(check({ unit: 'trường hợp', countedThing: 'tổ chức', note: why }, members)?.message).toContain('chỉ tiêu kiem-tra-dang-vien đếm "đảng viên"');
    expect(check({ unit: 'đồng chí', countedThing: 'đảng viên', note: why }, members)?.message).toContain('đã đếm "đảng viên"');
    expect(check({ unit: 'trường hợp', countedThing: 'người đảng viên', note: why }, members)?.message).toContain('không có trong danh sách');
  });

  it('leaves measured units to their scale: a stated counted thing on one is refused', () => {
    expect(check({ unit: 'tỷ đồng', note: '' }, { id: 'thu-ngan-sach', unit: 'đồng' })).toBeUndefined();
    expect(check({ unit: '%', countedThing: 'đảng viên', note: 'x' }, { id: 'ty-le', unit: '%' })?.column).toBe('counted_thing');
  });
});

describe('unitFacts: what the list says of a unit', () => {
  const facts = unitFacts(units);
  it('reads what a noun counts, a figure\'s stated conversion first, and a noun or measure the list does not name as itself', () => {
    expect(facts.thing('đồng chí')).toBe('đảng viên');
    expect(facts.thing('lượt')).toBe('lượt');
    expect(facts.thing('%')).toBe('%');
    expect(facts.thingOf({ unit: 'đồng chí' })).toBe('đảng viên');
    expect(facts.thingOf({ unit: 'trường hợp', countedThing: 'đảng viên' })).toBe('đảng viên');
  });
  it('counts people where the thing counted does: "đồng chí" through "đảng viên"; not checks or cases', () => {
    expect(['đảng viên', 'đồng chí', 'cá nhân'].map(facts.countsPeople)).toEqual([true, true, true]);
    expect(['lượt', 'trường hợp', 'tập thể', 'người'].map(facts.countsPeople)).toEqual([false, false, false, false]);
  });
});

describe('unitListProblems: the list agrees with itself', () => {
  const rows = (list: CountUnit[]) => list.map((value, i) => ({ line: i + 2, value }));
  it('accepts a noun that counts another listed thing', () => {
    expect(unitListProblems(rows(units))).toEqual([]);
  });
  it('refuses a thing with no row of its own, and people said on the row of a noun that counts another thing', () => {
    const problems = unitListProblems(
      rows([
        { unit: 'đảng viên', counted_thing: 'đảng viên', counts_people: 'yes' },
        { unit: 'đ/c', counted_thing: 'đảng viên', counts_people: 'yes' },
        { unit: 'hội viên', counted_thing: 'người hội viên', counts_people: '' },
      ]),
    );
    expect(problems).toMatchObject([
      { row: 3, column: 'counts_people', fix: 'để trống ô này; ghi counts_people ở dòng "đảng viên"' },
      { row: 4, column: 'counted_thing', fix: 'thêm dòng "người hội viên,người hội viên" vào data/units.csv' },
    ]);
  });
});
