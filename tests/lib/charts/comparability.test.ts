import { describe, expect, it } from 'vitest';
import { countDifference, figureYears, isTargetRow, memberCount, proRataPace, yearsLabel } from '../../../src/lib/charts/comparability.ts';
import type { Observation } from '../../../src/lib/data/observations.ts';
import { observation } from '../../support/observation.ts';
import { loadUnitFacts } from '../../../src/lib/data/dataset.ts';

const units = loadUnitFacts();

/** A period-less count: each test gives it the period it needs. */
const o = (fields: Partial<Observation>): Observation => observation({ periodStart: undefined, periodEnd: undefined, ...fields });

describe('figureYears', () => {
  it('takes the years the text states, with its words', () => {
    const stated = figureYears(o({ periodStart: '2017-07', periodEnd: '2022-09', durationYears: 5, durationWords: 'trong 5 năm qua' }))!;
    expect(stated).toEqual({ years: 5, basis: 'text', words: 'trong 5 năm qua' });
    expect(yearsLabel(stated)).toBe('5 năm (“trong 5 năm qua”)');
  });
  it('counts the calendar where the text is silent, and says so', () => {
    const counted = figureYears(o({ periodStart: '2017-07', periodEnd: '2022-09' }))!;
    expect(counted).toEqual({ years: 5.25, basis: 'calendar' });
    expect(yearsLabel(counted)).toBe('5,25 năm, tính theo lịch');
  });
  it('takes, for a silent sentence, the length its report states for the same period: one basis per report', () => {
    const stated = o({ periodStart: '2020', periodEnd: '2023-03', durationYears: 2.5, durationWords: 'nửa đầu nhiệm kỳ' });
    const silent = o({ periodStart: '2020', periodEnd: '2023-03' });
    expect(figureYears(silent, [stated, silent])).toMatchObject({ years: 2.5, basis: 'text', statedBy: stated.id });
    expect(yearsLabel(figureYears(silent, [stated, silent])!)).toBe('2,5 năm, kỳ văn bản gọi là “nửa đầu nhiệm kỳ”');
    // A report that calls the same period by two lengths gives no basis: the calendar, labelled as such.
    const other = o({ periodStart: '2020', periodEnd: '2023-03', durationYears: 3, durationWords: 'trong gần 3 năm' });
    expect(figureYears(silent, [stated, other, silent])).toEqual({ years: 3.25, basis: 'calendar' });
    // Words borrowed from another sentence still give nothing.
    expect(
      figureYears(o({ ...silent, durationYears: 5, durationWords: 'trong 5 năm qua', quote: 'Mở 67 lớp.' }), [stated]),
    ).toBeUndefined();
  });

  it('takes a named calendar year as exact, and a point in time as no period', () => {
    expect(figureYears(o({ periodStart: '2019', periodEnd: '2019' }))).toEqual({ years: 1, basis: 'text' });
    expect(figureYears(o({ asOf: '2023-02' }))).toBeUndefined();
  });
});

describe('countDifference', () => {
  it('says what sets two counts apart: scope, group, unit', () => {
    expect(countDifference(o({}), o({ id: 'b-1' }), units)).toBeUndefined();
    expect(countDifference(o({}), o({ scope: 'Quận ủy, UBKT Quận ủy' }), units)).toBe('phạm vi (không nêu và “Quận ủy, UBKT Quận ủy”)');
    expect(countDifference(o({ category: 'khiển trách' }), o({ category: 'cảnh cáo', unit: 'trường hợp' }), units)).toBe(
      'nhóm (“khiển trách” và “cảnh cáo”); đơn vị (“lớp” và “trường hợp”)',
    );
    expect(countDifference(o({ category: 'khiển trách' }), o({ category: 'cảnh cáo' }), units, { categories: false })).toBeUndefined();
  });
  it('reads what a noun counts from data/units.csv: "đồng chí" and "đảng viên" are one count, "lượt" another', () => {
    expect(countDifference(o({ unit: 'đồng chí' }), o({ unit: 'đảng viên' }), units)).toBeUndefined();
    expect(countDifference(o({ unit: 'lượt' }), o({ unit: 'đảng viên' }), units)).toBe('đơn vị (“lượt” và “đảng viên”)');
  });
});

describe('targets', () => {
  it('tells a goal from a result by its category ("kế hoạch" alone is a kind of document)', () => {
    expect(isTargetRow(o({ category: 'chỉ tiêu' }))).toBe(true);
    expect(isTargetRow(o({ category: 'chỉ tiêu hằng năm' }))).toBe(true);
    expect(isTargetRow(o({ category: 'kế hoạch cả năm' }))).toBe(true);
    expect(isTargetRow(o({ category: 'kế hoạch' }))).toBe(false);
  });
  it('sets the pace of a whole-term target for a shorter result', () => {
    const admissions = o({
      value: 559,
      numerator: 559,
      denominator: 700,
      periodStart: '2020',
      periodEnd: '2023-03',
      durationYears: 2.5,
      durationWords: 'nửa đầu nhiệm kỳ',
      targetYears: 5,
      targetWords: 'chỉ tiêu nhiệm kỳ',
    });
    expect(proRataPace(admissions)).toMatchObject({ pace: 350, targetYears: 5, resultYears: { years: 2.5, basis: 'text' } });
    // A plan for the result's own period ("KH") sets no pace.
    expect(
      proRataPace(o({ numerator: 64, denominator: 54, periodStart: '2021', periodEnd: '2023-03', targetWords: 'KH' })),
    ).toBeUndefined();
  });
});

describe('memberCount', () => {
  it('takes the area’s exact member count nearest to the end of the period', () => {
    const members = [
      o({ id: 'm-1', asOf: '2020-04', value: 1000 }),
      o({ id: 'm-2', asOf: '2023-02', value: 1200 }),
      o({ id: 'm-3', asOf: '2022-10', value: 1100, qualifier: 'gần' }),
      o({ id: 'm-4', area: 'quan-b', asOf: '2023-03', value: 9 }),
    ];
    expect(memberCount(o({ periodStart: '2020', periodEnd: '2023-03' }), members)?.id).toBe('m-2');
    expect(memberCount(o({ periodStart: '2015', periodEnd: '2020-04' }), members)?.id).toBe('m-1');
    expect(memberCount(o({ area: 'phuong-c', periodStart: '2015', periodEnd: '2020' }), members)).toBeUndefined();
  });
});
