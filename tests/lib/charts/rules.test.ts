import { describe, expect, it } from 'vitest';
import { ruleCharts } from '../../../src/lib/charts/rules.ts';
import { siteCharts, chartReasons } from '../../../src/lib/charts/site-charts.ts';
import type { ChartSpec } from '../../../src/lib/charts/spec.ts';
import type { Area } from '../../../src/lib/data/areas.ts';
import type { Indicator } from '../../../src/lib/data/indicators.ts';
import type { Observation } from '../../../src/lib/data/observations.ts';
import { siteData, type SiteData } from '../../../src/lib/data/site-data.ts';
import { loadUnitFacts, type ReportEdition } from '../../../src/lib/data/dataset.ts';
import { observation } from '../../support/observation.ts';
import { groupBy } from '../../../src/lib/group.ts';
import { withSign } from '../../../src/lib/numbers/format.ts';

const areas: Area[] = [
  { id: 'ha-noi', name: 'Hà Nội', level: 'thanh-pho', parent: '', valid_from: '', valid_to: '' },
  { id: 'quan-a', name: 'A', level: 'quan', parent: 'ha-noi', valid_from: '', valid_to: '' },
  { id: 'quan-b', name: 'B', level: 'quan', parent: 'ha-noi', valid_from: '', valid_to: '' },
  { id: 'phuong-c', name: 'C', level: 'phuong', parent: 'quan-a', valid_from: '', valid_to: '' },
];
const o = observation;
const units = loadUnitFacts();

/** Just enough of SiteData for the rules: areas, indicators and observations. */
function dataWith(observations: Observation[]): SiteData {
  const ids = [...new Set(observations.map((x) => x.indicator))];
  const indicators: Indicator[] = ids.map((id) => ({
    id,
    name: `Chỉ tiêu ${id}`,
    definition: '',
    unit: observations.find((x) => x.indicator === id)!.unit,
    topic: '',
    comparability: 'comparable',
    comparability_note: '',
  }));
  return {
    areas,
    indicators,
    observations,
    units,
    reports: new Map(),
    observationLine: new Map(),
    notes: [],
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    observationById: new Map(observations.map((x) => [x.id, x])),
    observationsByIndicator: groupBy(observations, (x) => x.indicator),
    observationsByReport: groupBy(observations, (x) => x.report),
  };
}
const drawn = (specs: ChartSpec[]) => specs.map((s) => [s.kind, s.rate, s.observations]);

describe('ruleCharts', () => {
  const reasonFor = (data: SiteData, id: string) => {
    const { reasons } = ruleCharts(data);
    return [...reasons.values()].flat().find((r) => r.observation === id)?.reason;
  };

  it('draws no target over several years without the target span (21/25, "chỉ tiêu hàng năm"), and says why', () => {
    const term = o({ value: 21, numerator: 21, denominator: 25, printed: '21/25', targetWords: 'chỉ tiêu hàng năm', periodEnd: '2023-03' });
    const other = o({ value: 3, asOf: '2023-03', periodStart: undefined, periodEnd: undefined });
    const data = dataWith([term, other]);
    expect(ruleCharts(data).specs.filter((s) => s.kind === 'target')).toEqual([]);
    expect(reasonFor(data, term.id)).toContain('là của bao nhiêu năm');
    const spanned = o({ ...term, id: 'spanned', targetYears: 5 });
    expect(ruleCharts(dataWith([spanned])).specs.map((s) => s.kind)).toEqual(['target']);
  });

  it('takes period words only from the figure’s own sentence', () => {
    const a = o({ value: 147, periodEnd: '2023-03' });
    const borrowed = o({
      area: 'quan-b',
      value: 67,
      periodStart: '2017-07',
      periodEnd: '2022-09',
      durationYears: 5,
      durationWords: 'trong 5 năm qua',
      quote: 'Quận mở 67 lớp bồi dưỡng cho 4.417 lượt học viên.',
    });
    const { specs } = ruleCharts(dataWith([a, borrowed]));
    expect(specs).toEqual([]);
    expect(reasonFor(dataWith([a, borrowed]), borrowed.id)).toContain(`câu của ${borrowed.id} không nêu kỳ`);
  });

  it('draws parts with the total’s scope, and refuses parts in another unit, parts above the total, or a single part', () => {
    const total = o({ value: 87, printed: '87', unit: 'đơn', scope: 'đơn thư đối với đảng viên' });
    const parts = [2, 84, 1].map((value, i) => o({ value, unit: 'đơn', partOf: total.id, category: `loại ${i}`, scope: total.scope }));
    const [chart] = ruleCharts(dataWith([total, ...parts])).specs;
    expect(chart!.subtitle).toContain('chỉ tính đơn thư đối với đảng viên');
    expect(chart!.title).not.toMatch(/các phần|tổng và phần/);
    // "đồng chí" counts party members: 1 + 21 of 23 "đảng viên" are parts of it; "lượt" counts checks, not members.
    const inMembers = o({ value: 23, unit: 'đảng viên' });
    const inComrades = [1, 21, 1].map((value, i) => o({ value, unit: 'đồng chí', partOf: inMembers.id, category: `nhóm ${i}` }));
    expect(ruleCharts(dataWith([inMembers, ...inComrades])).specs.map((s) => s.kind)).toEqual(['composition']);
    const inChecks = [1, 21].map((value, i) => o({ value, unit: 'lượt', partOf: inMembers.id, category: `nhóm ${i}` }));
    expect(ruleCharts(dataWith([inMembers, ...inChecks])).specs).toEqual([]);
    expect(reasonFor(dataWith([inMembers, ...inChecks]), inChecks[0]!.id)).toContain('hai thứ khác nhau');
    const small = o({ value: 10 });
    const over = [8, 7].map((value, i) => o({ value, partOf: small.id, category: `nhóm ${i}` }));
    expect(reasonFor(dataWith([small, ...over]), over[0]!.id)).toContain('nhiều hơn tổng in');
    const four = o({ value: 4, printed: '4' });
    const three = o({ value: 3, printed: '3', partOf: four.id, category: 'chất vấn' });
    expect(ruleCharts(dataWith([four, three])).specs).toEqual([]);
    expect(reasonFor(dataWith([four, three]), three.id)).toContain('chỉ có một phần');
  });

  it('never draws a group beside its own parts (part_of, or a sum the note states)', () => {
    const groups = [18, 10].map((value, i) => o({ value, category: `ban ${i}` }));
    const sum = o({ value: 28, category: 'các ban', note: 'Bằng tổng 18 + 10 cuộc giám sát nêu ở đoạn trước' });
    const data = dataWith([...groups, sum]);
    expect(reasonFor(data, sum.id)).toContain('không vẽ cạnh chính các phần của nó');
    // Without their sum, 18 and 10 are two groups of one sentence: the sentence says it (the two-bar rule).
    expect(ruleCharts(data).specs).toEqual([]);
    expect(reasonFor(data, groups[0]!.id)).toContain('chỉ hai nhóm');
    const three = [...groups, o({ value: 5, category: 'ban 2' })];
    const withThird = dataWith([...three, { ...sum, value: 33, note: 'Bằng tổng 18 + 10 + 5' }]);
    expect(ruleCharts(withThird).specs.map((s) => s.observations)).toEqual([three.map((g) => g.id)]);
  });

  it('draws no printed rate its own counts contradict (147% of 260/140), nor a rate above 100% that is no share', () => {
    const count = o({ value: 260, numerator: 260, denominator: 140, printed: '260/140' });
    const rates = [121, 147].map((value, i) =>
      o({ indicator: 'rate', unit: '%', value, printed: `${value}%`, periodStart: `${2018 + i}`, periodEnd: `${2018 + i}` }),
    );
    rates[1]!.percentOf = count.id;
    expect(reasonFor(dataWith([count, ...rates]), rates[1]!.id)).toContain(`cho ${withSign('185,7', '%')}`);
    const above = [116.04, 115.9].map((value, i) => o({ indicator: 'rate', unit: '%', value, printed: `${value}%`, category: `mẫu ${i}` }));
    expect(ruleCharts(dataWith(above)).specs).toEqual([]);
    expect(reasonFor(dataWith(above), above[0]!.id)).toContain('tỷ lệ trên 100%');
  });

  it('draws no chart that says nothing: equal values, values whose bars look equal, bounds that cannot be ranked, or the rates of counts already drawn', () => {
    const equal = [2015, 2020].map((y) => o({ value: 30, periodStart: `${y}`, periodEnd: `${y}` }));
    expect(ruleCharts(dataWith(equal)).specs).toEqual([]);
    expect(reasonFor(dataWith(equal), equal[0]!.id)).toContain('bằng nhau');
    const near = [2015, 2019].map((y, i) => o({ unit: '%', value: 99.2 + i * 0.8, periodStart: `${y}`, periodEnd: `${y}` }));
    expect(ruleCharts(dataWith(near)).specs).toEqual([]);
    expect(reasonFor(dataWith(near), near[1]!.id)).toContain('gần như bằng nhau');
    const bound = o({ unit: '%', value: 96, qualifier: 'trên', printed: 'trên 96%', periodStart: '2020', periodEnd: '2020' });
    const exact = o({ unit: '%', area: 'quan-b', value: 96.7, printed: '96,7%', periodStart: '2020', periodEnd: '2020' });
    expect(ruleCharts(dataWith([bound, exact])).specs).toEqual([]);
    expect(reasonFor(dataWith([bound, exact]), exact.id)).toContain('không xếp được thứ tự');
    const counts = [2019, 2020].map((y, i) => o({ value: 38 - i * 3, periodStart: `${y}`, periodEnd: `${y}` }));
    const shares = counts.map((c, i) =>
      o({ indicator: 'share', unit: '%', value: 100 - i * 8, percentOf: c.id, periodStart: c.periodStart, periodEnd: c.periodEnd }),
    );
    const editorial = { ...ruleCharts(dataWith(counts)).specs[0]!, id: 'editorial' };
    const { specs } = ruleCharts(dataWith([...counts, ...shares]), [editorial]);
    expect(specs).toEqual([]);
  });

  it('joins no series across kinds of source (a newspaper’s figure beside a report’s count)', () => {
    const press = o({ report: 'bao', asOf: '2022-10', periodStart: undefined, periodEnd: undefined, value: 11000, qualifier: 'gần' });
    const count = o({ report: 'bao-cao', asOf: '2023-02', periodStart: undefined, periodEnd: undefined, value: 11361 });
    const data = dataWith([press, count]);
    const edition = (documentType: string) => ({ meta: { documentType } }) as unknown as ReportEdition;
    data.reports = new Map([
      ['bao', edition('bai-bao')],
      ['bao-cao', edition('bao-cao')],
    ]);
    expect(ruleCharts(data).specs).toEqual([]);
    // Another area with the same count must not overwrite why the series was refused.
    const withOther = dataWith([
      press,
      count,
      o({ area: 'quan-b', asOf: '2023-02', periodStart: undefined, periodEnd: undefined, value: 5000 }),
    ]);
    withOther.reports = data.reports;
    expect(reasonFor(withOther, press.id)).toContain('không nối thành một chuỗi');
    // Of one kind, the points are a series; three of them, since two points from two texts are no change a text states.
    const later = o({ report: 'bao-cao', anchor: 'p-9', asOf: '2023-06', periodStart: undefined, periodEnd: undefined, value: 11400 });
    const sameKind = dataWith([press, count, later]);
    sameKind.reports = new Map([...data.reports, ['bao', edition('bao-cao')]]);
    expect(ruleCharts(sameKind).specs.map((s) => s.kind)).toEqual(['time-series']);
  });

  it('gives two charts under one title what sets them apart: the groups each lists', () => {
    const first = ['a', 'b', 'c'].map((category, i) => o({ category, value: 6 - i * 2, periodStart: '2017-07', periodEnd: '2022-09' }));
    const second = ['hướng dẫn về sinh hoạt chi bộ', 'kế hoạch về sinh hoạt chi bộ', 'quy chế về sinh hoạt chi bộ'].map((category, i) =>
      o({ category, value: 7 - i * 3, periodStart: '2016-12', periodEnd: '2022-09' }),
    );
    const titles = ruleCharts(dataWith([...first, ...second])).specs.map((s) => s.title);
    expect(titles).toEqual(['Chỉ tiêu x, quận A: a, b và c', 'Chỉ tiêu x, quận A: hướng dẫn, kế hoạch và quy chế về sinh hoạt chi bộ']);
  });

  it('joins to a breakdown the groups its sentence files under another indicator, but never two rates', () => {
    const quote = 'Xây mới 08 nhà chính sách, sửa chữa 02 nhà hộ nghèo; 06 nhà đại đoàn kết.';
    const houses = ['chính sách', 'hộ nghèo'].map((category, i) => o({ unit: 'nhà', category, value: 8 - i * 6, quote }));
    const unity = o({ indicator: 'y', unit: 'nhà', category: 'đại đoàn kết', value: 6, quote });
    expect(ruleCharts(dataWith([...houses, unity])).specs.map((s) => s.observations)).toEqual([[...houses, unity].map((x) => x.id)]);
    const rates = ['niêm yết', 'xây dựng'].map((category, i) => o({ indicator: `r${i}`, unit: '%', category, value: 100 - i * 4, quote }));
    expect(ruleCharts(dataWith(rates)).specs).toEqual([]);
  });

  it('lists no total with recorded parts as a group beside another list’s groups (159 checks beside 12 checks of members)', () => {
    const quote =
      'kiểm tra, giám sát 159 tổ chức đảng, trong đó kiểm tra 39 lượt tổ chức đảng, 12 đảng viên; giám sát 43 lượt và 11 đảng viên';
    const total = o({ unit: 'lượt', category: 'Đảng ủy phường và UBKT', value: 159, quote });
    const parts = [39, 43, 54, 23].map((value, i) =>
      o({ indicator: 'p', unit: 'lượt', value, partOf: total.id, category: `nhóm ${i}`, quote }),
    );
    const checks = o({ indicator: 'y', unit: 'lượt', category: 'kiểm tra: Đảng ủy phường', value: 12, quote });
    const supervisions = o({ indicator: 'z', unit: 'lượt', category: 'giám sát: Đảng ủy phường', value: 11, quote });
    const { specs } = ruleCharts(dataWith([total, ...parts, checks, supervisions]));
    expect(specs.map((s) => s.kind)).toEqual(['composition']);
    expect(specs.flatMap((s) => s.observations)).not.toContain(total.id);
  });

  it('draws a breakdown from the groups one paragraph lists, not from lists in two paragraphs', () => {
    const plans = o({ category: 'kế hoạch', value: 6, anchor: 'p-3' });
    const guides = ['hướng dẫn', 'quy chế', 'quy định'].map((category, i) => o({ category, value: 3 - i, anchor: 'p-6' }));
    const { specs } = ruleCharts(dataWith([plans, ...guides]));
    expect(specs.map((s) => s.observations)).toEqual([guides.map((g) => g.id)]);
  });

  it('draws one area over time from the same count at single years or dates', () => {
    const years = [2019, 2020, 2021].map((y) => o({ periodStart: String(y), periodEnd: String(y), value: y - 2000 }));
    const { specs } = ruleCharts(dataWith(years));
    expect(drawn(specs)).toEqual([['time-series', '', years.map((y) => y.id)]]);
  });

  it('compares districts per year, over the years each text states', () => {
    const a = o({ periodStart: '2020', periodEnd: '2023-03' });
    const b = o({
      area: 'quan-b',
      value: 20,
      periodStart: '2017-07',
      periodEnd: '2022-09',
      durationYears: 5,
      durationWords: 'trong 5 năm',
    });
    expect(drawn(ruleCharts(dataWith([a, b])).specs)).toEqual([['comparison', 'per-year', [a.id, b.id]]]);
  });

  it('compares counts of party members per year and per 1,000 members where every area has a member count', () => {
    const a = o({ unit: 'đảng viên', periodEnd: '2023-03' });
    const c = o({ unit: 'đảng viên', area: 'phuong-c', value: 4, periodStart: '2015', periodEnd: '2020-04' });
    const members = [
      o({ indicator: 'so-dang-vien', unit: 'đảng viên', asOf: '2023-02', periodStart: undefined, periodEnd: undefined, value: 11000 }),
    ];
    const without = ruleCharts(dataWith([a, c, ...members]));
    // A ward and a district, counted, with no member count for the ward: no chart, and why.
    expect(without.specs.filter((s) => s.kind === 'comparison')).toEqual([]);
    expect(without.reasons.get('x')!.map((r) => r.reason)).toEqual([
      expect.stringContaining('một phường và một quận chỉ so sánh bằng tỷ lệ'),
      expect.anything(),
    ]);
    members.push(
      o({
        indicator: 'so-dang-vien',
        area: 'phuong-c',
        unit: 'đảng viên',
        asOf: '2020-04',
        periodStart: undefined,
        periodEnd: undefined,
        value: 1200,
      }),
    );
    const { specs } = ruleCharts(dataWith([a, c, ...members]));
    expect(specs.find((s) => s.observations.includes(a.id))).toMatchObject({
      rate: 'per-year-per-1000-members',
      denominators: [members[0]!.id, members[1]!.id],
    });
    // The rate reads the indicator's unit, which validation holds every row to: checks of members ("lượt") have an indicator of their
    // own, with no rate per member; "08 trường hợp" expelled, stated to count members, are members.
    const checks = [a, c].map((x) => ({ ...x, id: `${x.id}-luot`, unit: 'lượt' }));
    expect(ruleCharts(dataWith([...checks, ...members])).specs.filter((s) => s.rate.includes('1000'))).toEqual([]);
    const cases = [a, c].map((x) => ({ ...x, id: `${x.id}-th`, unit: 'trường hợp', countedThing: 'đảng viên' }));
    const data = dataWith([...cases, ...members]);
    data.indicatorById.set('x', { ...data.indicatorById.get('x')!, unit: 'đảng viên' });
    expect(ruleCharts(data).specs.find((s) => s.observations.includes(cases[0]!.id))?.rate).toBe('per-year-per-1000-members');
  });

  it('compares a ward and a district on a percentage as it stands', () => {
    const a = o({ unit: '%', value: 90, printed: '90%' });
    const c = o({ unit: '%', value: 92, printed: '92%', area: 'phuong-c' });
    expect(drawn(ruleCharts(dataWith([a, c])).specs)).toEqual([['comparison', '', [a.id, c.id]]]);
  });

  it('never sets side by side figures that count different things', () => {
    const a = o({});
    const b = o({ area: 'quan-b', scope: 'Quận ủy, UBKT Quận ủy' });
    const { specs, reasons } = ruleCharts(dataWith([a, b]));
    expect(specs).toEqual([]);
    expect(reasons.get('x')!.map((r) => r.reason)).toEqual([
      expect.stringContaining('phạm vi (không nêu và “Quận ủy, UBKT Quận ủy”)'),
      expect.stringContaining('phạm vi (“Quận ủy, UBKT Quận ủy” và không nêu)'),
    ]);
  });

  it('draws the parts of a total, with shares, and a breakdown of listed groups without adding them up', () => {
    const total = o({ value: 26 });
    const parts = [20, 3, 3].map((value, i) => o({ value, category: ['khiển trách', 'cảnh cáo', 'khai trừ'][i], partOf: total.id }));
    const groups = ['thường xuyên', 'trước thời hạn', 'sau thời hạn'].map((category, i) => o({ indicator: 'y', category, value: 4 + i }));
    const { specs } = ruleCharts(dataWith([total, ...parts, ...groups]));
    expect(drawn(specs)).toEqual([
      ['composition', '', parts.map((p) => p.id)],
      ['comparison', '', groups.map((g) => g.id)],
    ]);
  });

  it('draws a result against its target, and a rate beside the target set for it', () => {
    const plan = o({
      value: 64,
      numerator: 64,
      denominator: 54,
      printed: '64/54',
      targetWords: 'KH',
      periodStart: '2021',
      periodEnd: '2021',
    });
    const rate = o({ indicator: 'y', unit: '%', value: 90.4, printed: '90,4%' });
    const goal = o({ indicator: 'y', unit: '%', value: 90, printed: '90%', category: 'chỉ tiêu', periodStart: '2020', periodEnd: '2025' });
    expect(drawn(ruleCharts(dataWith([plan, rate, goal])).specs)).toEqual([
      ['target', '', [plan.id]],
      ['comparison', '', [rate.id, goal.id]],
    ]);
  });

  it('draws a figure printed twice once, and not two different figures for the same thing', () => {
    const first = o({ value: 10 });
    const again = o({ value: 10 });
    const body = o({ indicator: 'y', value: 148, printed: '148' });
    const footnote = o({ indicator: 'y', value: 117, printed: '117' });
    const { reasons } = ruleCharts(dataWith([first, again, body, footnote]));
    expect(reasons.get('x')!.find((r) => r.observation === again.id)!.reason).toMatch(/^cùng con số với t-\d+/);
    expect(reasons.get('x')!.find((r) => r.observation === first.id)!.reason).toBe(
      `số duy nhất của chỉ tiêu (in lại ở ${again.id}): không có số thứ hai để đặt cạnh`,
    );
    expect(reasons.get('y')!.map((r) => r.reason)).toEqual([
      expect.stringContaining('2 số khác nhau cho cùng một việc (148'),
      expect.anything(),
    ]);
  });

  it('gives way to an editorial chart that already draws the same figures', () => {
    const years = [2019, 2020].map((y) => o({ periodStart: String(y), periodEnd: String(y) }));
    const editorial = { id: 'bien-tap', observations: years.map((y) => y.id) } as ChartSpec;
    expect(ruleCharts(dataWith(years), [editorial]).specs).toEqual([]);
  });
});

describe('the site’s charts', () => {
  const data = siteData();
  const charts = siteCharts();
  it('has a chart or a reason for every figure of every indicator with two or more', () => {
    const problems: string[] = [];
    for (const [indicator, observations] of data.observationsByIndicator) {
      if (observations.length < 2) continue;
      const drawnIds = new Set(charts.flatMap((c) => c.spec.observations));
      const explained = new Set(chartReasons(indicator).map((r) => r.observation));
      for (const x of observations)
        if (!drawnIds.has(x.id) && !explained.has(x.id)) problems.push(`${indicator}: ${x.id} neither drawn nor explained`);
    }
    expect(problems).toEqual([]);
    // 32 when two-bar charts were held to the comparisons readers came for (67 before): fewer means a rule lost charts.
    expect(charts.length).toBeGreaterThanOrEqual(30);
  });
  it('has unique chart ids', () => {
    expect(new Set(charts.map((c) => c.spec.id)).size).toBe(charts.length);
  });
});
