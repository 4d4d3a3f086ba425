import { describe, expect, it } from 'vitest';
import type { PlannedSearch } from '../../../src/lib/search/query.ts';
import { longestRun, rankResults, tierOf, type RecordFacts } from '../../../src/lib/search/rank.ts';

const search = (term: string, group = 0, weight = 1, coverage = 1, kept = term.split(' ')): PlannedSearch => ({
  term,
  group,
  weight,
  length: term.split(' ').length,
  coverage,
  dropped: [],
  kept,
});
const hit = (id: string, score: number, words: number[] = []) => ({ id, score, words });
const ids = (ranked: { hit: { id: string } }[]) => ranked.map((r) => r.hit.id);

describe('longestRun', () => {
  it('counts consecutive positions, in any order, once each', () => {
    expect(longestRun([9, 3, 4, 5, 20, 21])).toBe(3);
    expect(longestRun([4, 4, 5])).toBe(2);
    expect(longestRun([])).toBe(0);
  });
});

describe('rankResults', () => {
  it('ranks a record holding every word of the query above one found by a relaxed search, whatever their scores and tiers', () => {
    const ranked = rankResults(
      [
        { search: search('cây hoa tươi'), results: [hit('full', 1)] },
        { search: search('cây hoa', 1, 0.6, 2 / 3), results: [hit('relaxed', 50), hit('full', 2)] },
      ],
      (id) => (id === 'relaxed' ? 7 : 0),
    );
    expect(ids(ranked)).toEqual(['full', 'relaxed']);
    expect(ranked.map((r) => r.coverage)).toEqual([1, 2 / 3]);
  });

  it('counts every word a record was found with across relaxed searches', () => {
    const ranked = rankResults([
      { search: search('vụ', 1, 0.6, 1 / 3), results: [hit('both', 1), hit('one', 9)] },
      { search: search('túy', 2, 0.6, 1 / 3), results: [hit('both', 1)] },
    ]);
    expect(ids(ranked)).toEqual(['both', 'one']);
    expect(ranked[0]!.coverage).toBeCloseTo(2 / 3);
  });

  it('keeps each record once with its best score, best first', () => {
    const ranked = rankResults([
      { search: search('a b'), results: [hit('x', 1), hit('y', 3)] },
      { search: search('a c'), results: [hit('x', 5), hit('z', 1)] },
    ]);
    expect(ids(ranked)).toEqual(['x', 'y', 'z']);
    expect(ranked[0]!.score).toBe(5);
  });
  it('discounts a rare reading: 2 hits for "dong da" weigh less than 200 for "đong đa"', () => {
    const rare = [hit('dong-chay', 15), hit('x', 1)];
    const common = Array.from({ length: 200 }, (_, i) => hit(i ? `p${i}` : 'dong-da-report', i ? 1 : 14));
    const ranked = ids(
      rankResults([
        { search: search('dong da'), results: rare },
        { search: search('đong đa'), results: common },
      ]),
    );
    expect(ranked[0]).toBe('dong-da-report');
    expect(ranked.indexOf('dong-chay')).toBeGreaterThan(ranked.indexOf('p1'));
  });
  it('weighs a synonym’s results by its own readings and by its weight, not by how many it finds', () => {
    const ranked = rankResults([
      { search: search('phat trien', 0), results: [hit('typed', 10)] },
      { search: search('kết nạp', 1, 0.8), results: Array.from({ length: 50 }, (_, i) => hit(i ? `k${i}` : 'synonym', i ? 1 : 10)) },
    ]);
    expect(ids(ranked).slice(0, 2)).toEqual(['typed', 'synonym']);
    expect(ranked[1]!.score).toBeCloseTo(8);
  });
  it('shows the hit of the reader’s own wording, scored by the best of all', () => {
    const typed = hit('x', 2);
    const [ranked] = rankResults([
      { search: search('hội nghị', 0), results: [typed] },
      { search: search('số hội nghị', 1), results: [hit('x', 9)] },
    ]);
    expect(ranked!.hit).toBe(typed);
    expect(ranked!.score).toBe(9);
  });
  it('puts records holding the words side by side before those holding them apart', () => {
    const ranked = rankResults([{ search: search('nguyen hoa'), results: [hit('apart', 30, [5, 9]), hit('phrase', 5, [13, 14])] }]);
    expect(ids(ranked)).toEqual(['phrase', 'apart']);
    expect(ranked[0]!.phrase).toBe(true);
  });
  it('puts higher tiers first, whatever the score', () => {
    const ranked = rankResults([{ search: search('x'), results: [hit('a', 30), hit('b', 1)] }], (id) => (id === 'b' ? 1 : 0));
    expect(ids(ranked)).toEqual(['b', 'a']);
  });
});

describe('tierOf', () => {
  const facts: RecordFacts = {
    areas: (id) =>
      ({
        lbFigure: ['Long Biên'],
        lbText: ['Long Biên'],
        shared: ['Long Biên', 'Nam Từ Liêm'],
        ntl: ['Nam Từ Liêm'],
        named: ['Long Biên'],
      })[id] ?? [],
    isFigure: (id) => id === 'lbFigure' || id === 'ntl' || id === 'named',
    named: (id) => id === 'named',
  };
  const order = (plan: { places: string[]; asksFigure: boolean }) =>
    ['ntl', 'shared', 'lbText', 'lbFigure', 'named'].sort((a, b) => tierOf(plan, facts, b) - tierOf(plan, facts, a));
  it('ranks the place’s own records, its figures and the figures of an indicator named first', () => {
    expect(order({ places: ['Long Biên'], asksFigure: false })).toEqual(['named', 'lbFigure', 'lbText', 'shared', 'ntl']);
  });
  it('puts the query’s topic before its place: a figure of the named indicator elsewhere outranks the place’s other figures', () => {
    const elsewhere: RecordFacts = { ...facts, areas: (id) => (id === 'named' ? ['Đức Giang'] : facts.areas(id)) };
    expect(tierOf({ places: ['Long Biên'], asksFigure: true }, elsewhere, 'named')).toBeGreaterThan(
      tierOf({ places: ['Long Biên'], asksFigure: true }, elsewhere, 'lbFigure'),
    );
  });
  it('puts figures first when the query asks for a number, wherever they are', () => {
    expect(tierOf({ places: [], asksFigure: true }, facts, 'ntl')).toBeGreaterThan(
      tierOf({ places: [], asksFigure: true }, facts, 'lbText'),
    );
    expect(tierOf({ places: [], asksFigure: false }, facts, 'ntl')).toBe(tierOf({ places: [], asksFigure: false }, facts, 'lbText'));
  });
});
