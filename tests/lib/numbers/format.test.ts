import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, formatPeriod, formatShare, periodYears, withSign } from '../../../src/lib/numbers/format.ts';

/** A per cent as the site writes it: the spacing is decided once, in withSign, and pinned by its own test below. */
const percent = (number: string) => withSign(number, '%');

describe('formatNumber', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatNumber(12000, 'axis')).toBe('12.000');
    expect(formatNumber(2.5, 'axis')).toBe('2,5');
    expect(formatNumber(11361)).toBe('11.361');
    expect(formatNumber(558, 'count')).toBe('558');
    expect(formatNumber(40366, 'count')).toBe('40.366');
  });
  it('closes a per cent or per mille sign up to its number, as most of the reports print it', () => {
    expect(withSign('92,1', '%')).toBe('92,1%');
    expect(withSign('0,19', '‰')).toBe('0,19‰');
  });
  it('attaches % and ‰, and reads money in tỷ and triệu as the reports print it', () => {
    expect(formatNumber(40, 'axis', '%')).toBe(percent('40'));
    expect(formatNumber(92.1, 'figure', '%')).toBe(percent('92,1'));
    expect(formatNumber(0.19, 'figure', '‰')).toBe(withSign('0,19', '‰'));
    expect(formatNumber(27_600_000_000, 'axis', 'đồng')).toBe('27,6 tỷ');
    expect(formatNumber(480_000_000, 'axis', 'đồng')).toBe('480 triệu');
    expect(formatNumber(6_203_637_000_000, 'figure', 'đồng')).toBe('6.203,637 tỷ');
    expect(formatNumber(500_000, 'figure', 'đồng')).toBe('500.000');
  });
  it('shows computed rates to one decimal and printed figures to three', () => {
    expect(formatNumber(147 / 3.25, 'rate')).toBe('45,2');
    expect(formatNumber(147 / 3.25)).toBe('45,231');
    expect(formatNumber(3.25, 'years')).toBe('3,25');
    expect(formatNumber(185.714285, { decimals: 4 })).toBe('185,7143');
  });
  it('never rounds a small share of a whole down to 0%', () => {
    expect(formatShare(20, 26)).toBe(percent('76,9'));
    expect(formatShare(8, 40366)).toBe(`dưới ${percent('0,1')}`);
    expect(formatShare(0, 10)).toBe(percent('0'));
  });
});

describe('dates and periods', () => {
  it('formats partial ISO dates the Vietnamese way', () => {
    expect(formatPartialDate('2023-04-10')).toBe('10/4/2023');
    expect(formatPartialDate('2020-04')).toBe('tháng 4/2020');
    expect(formatPartialDate('2021')).toBe('năm 2021');
  });
  it('formats periods and points in time', () => {
    expect(formatPeriod({ periodStart: '2020', periodEnd: '2023-03' })).toBe('2020\u00a0–\u00a03/2023');
    expect(formatPeriod({ periodStart: '2015', periodEnd: '2019' })).toBe('2015\u00a0–\u00a02019');
    expect(formatPeriod({ periodStart: '2022-01', periodEnd: '2022-09' })).toBe('1/2022\u00a0–\u00a09/2022');
    expect(formatPeriod({ periodStart: '2021', periodEnd: '2021' })).toBe('năm 2021');
    expect(formatPeriod({ asOf: '2023-03' })).toBe('tại tháng 3/2023');
    expect(formatPeriod({ asOf: '2023-02-28' })).toBe('tại 28/2/2023');
    expect(formatPeriod({})).toBe('');
  });
  it('measures period length in years', () => {
    expect(periodYears({ periodStart: '2015', periodEnd: '2019' })).toBe(5);
    expect(periodYears({ periodStart: '2020', periodEnd: '2023-03' })).toBe(3.25);
    expect(periodYears({})).toBeUndefined();
  });
});
