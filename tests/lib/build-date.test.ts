import { describe, expect, it } from 'vitest';
import { buildDate, formatDay } from '../../src/lib/build-date.ts';

describe('build date', () => {
  it('comes from SOURCE_DATE_EPOCH when set', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1716120000' }).toISOString()).toBe('2024-05-19T12:00:00.000Z');
  });
  it('otherwise from the last commit, the same on every call', () => {
    expect(buildDate({}).getTime()).toBe(buildDate({}).getTime());
  });
  it('is written as Hanoi’s calendar day', () => {
    expect(formatDay(new Date('2024-05-19T20:00:00Z'))).toBe('20/5/2024');
  });
});
