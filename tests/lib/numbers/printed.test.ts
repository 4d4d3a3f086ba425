import { describe, expect, it } from 'vitest';
import { numberReadings, printedDecimals, readPrinted } from '../../../src/lib/numbers/printed.ts';

describe('numberReadings', () => {
  it('reads Vietnamese thousands and decimals', () => {
    expect(numberReadings('1.083')).toEqual([1083, 1.083]);
    expect(numberReadings('104.100')).toEqual([104100, 104.1]);
    expect(numberReadings('20.214.833.000')).toEqual([20214833000]);
    expect(numberReadings('92,1')).toEqual([92.1]);
    expect(numberReadings('6.203,637')).toEqual([6203.637]);
    expect(numberReadings('05')).toEqual([5]);
  });
  it('reads a dot with other than three digits after it as a decimal point', () => {
    expect(numberReadings('92.1')).toEqual([92.1]);
    expect(numberReadings('115.9')).toEqual([115.9]);
  });
  it('rejects what is not a number', () => {
    for (const bad of ['abc', '1,2,3', '1.23.4', '12.', '']) expect(() => numberReadings(bad)).toThrow();
  });
});

describe('readPrinted', () => {
  it('reads the formats the reports use', () => {
    expect(readPrinted('11.361').values).toContain(11361);
    expect(readPrinted('92,1%')).toMatchObject({ values: [92.1], suffix: '%' });
    expect(readPrinted('92.1%')).toMatchObject({ values: [92.1], suffix: '%' });
    expect(readPrinted('6.203,637 tỷ đồng').values[0]).toBeCloseTo(6203637000000);
    expect(readPrinted('71 tỷ 952 triệu đồng')).toMatchObject({ values: [71952000000], suffix: 'đồng' });
    expect(readPrinted('20.214.833.000đ')).toMatchObject({ values: [20214833000], suffix: 'đồng' });
    expect(readPrinted('3370/3.432').ratio).toEqual({ numerators: [3370], denominators: [3432, 3.432] });
    expect(readPrinted('0,19‰')).toMatchObject({ values: [0.19], suffix: '‰' });
    expect(readPrinted('10-12')).toMatchObject({ values: [10], maxValues: [12] });
    expect(readPrinted('12%-13%')).toMatchObject({ values: [12], maxValues: [13], suffix: '%' });
    expect(() => readPrinted('12%-13')).toThrow();
    expect(readPrinted('trên 90%')).toMatchObject({ qualifier: 'trên', values: [90], suffix: '%' });
    expect(readPrinted('gần 1,5 tỷ đồng').values[0]).toBeCloseTo(1.5e9);
  });
  it('refuses words it does not understand', () => {
    expect(() => readPrinted('mười hai')).toThrow();
    expect(() => readPrinted('12 người')).toThrow(/người/);
  });
});

describe('printedDecimals', () => {
  it('counts the decimals a reader sees', () => {
    expect(printedDecimals('79,85%')).toBe(2);
    expect(printedDecimals('92.1%')).toBe(1);
    expect(printedDecimals('100%')).toBe(0);
    expect(printedDecimals('11.361')).toBe(0);
  });
});
