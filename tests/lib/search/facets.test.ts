import { describe, expect, it } from 'vitest';
import { applySelection, facetCounts, type FacetSets } from '../../../src/lib/search/facets.ts';

const sets: FacetSets = new Map([
  [
    'area',
    new Map([
      ['Đống Đa', new Set(['d1', 'd2', 'shared'])],
      ['Long Biên', new Set(['l1', 'shared'])],
    ]),
  ],
  [
    'kind',
    new Map([
      ['Số liệu', new Set(['d1', 'l1'])],
      ['Văn bản', new Set(['d2', 'shared'])],
    ]),
  ],
]);
const results = ['d1', 'l1', 'd2', 'shared'];

describe('applySelection', () => {
  it('lets through any value ticked within a filter, and narrows across filters, keeping the order', () => {
    expect(applySelection(results, sets, { area: ['Long Biên', 'Đống Đa'] })).toEqual(results);
    expect(applySelection(results, sets, { area: ['Đống Đa'], kind: ['Số liệu'] })).toEqual(['d1']);
    expect(applySelection(results, sets, { area: [] })).toEqual(results);
  });
});

describe('facetCounts', () => {
  it('counts the current results, not the whole index', () => {
    const counts = facetCounts(['l1'], sets, {});
    expect(counts.get('area')!.get('Đống Đa')).toBe(0);
    expect(counts.get('area')!.get('Long Biên')).toBe(1);
  });
  it('counts each value with the other filters as ticked, so a count is what ticking it gives', () => {
    const counts = facetCounts(results, sets, { kind: ['Số liệu'] });
    expect(counts.get('area')!.get('Đống Đa')).toBe(1);
    expect(counts.get('area')!.get('Long Biên')).toBe(1);
    // Within the ticked filter, values count as alternatives: the other kind still shows what it would add.
    expect(counts.get('kind')!.get('Văn bản')).toBe(2);
    for (const [name, values] of counts)
      for (const [value, count] of values)
        expect(applySelection(results, sets, { kind: ['Số liệu'], [name]: [value] }).length, `${name}=${value}`).toBe(count);
  });
});
