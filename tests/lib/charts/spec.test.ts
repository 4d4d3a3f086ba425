import { describe, expect, it } from 'vitest';
import { buildChartModel, describeChart } from '../../../src/lib/charts/build-model.ts';
import { loadCharts } from '../../../src/lib/charts/site-charts.ts';
import { KINDS } from '../../../src/lib/charts/kinds/index.ts';
import { chartSpecSchema, checkChartSpec } from '../../../src/lib/charts/spec.ts';
import { formatIssue } from '../../../src/lib/data/errors.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { withSign } from '../../../src/lib/numbers/format.ts';

/** A computed per cent as the site writes it (the spacing is decided once, in withSign). */
const percent = (number: string) => withSign(number, '%');

// Specs are checked against the real, validated data: the figures cited here are in data/observations.csv.
const data = siteData();
const spec = (fields: Record<string, string>) =>
  chartSpecSchema.parse({
    id: 'thu',
    kind: 'comparison',
    title: 'Biểu đồ thử',
    subtitle: 'Phụ đề thử',
    observations: '',
    annotations: '',
    rate: '',
    denominators: '',
    differences: '',
    notes: '',
    featured: '',
    ...fields,
  });
const value = (id: string) => data.observationById.get(id)!.value;

describe('checkChartSpec', () => {
  it('accepts exactly the kinds the registry lists, and runs each kind’s own checks', () => {
    expect(chartSpecSchema.shape.kind.options).toEqual(Object.keys(KINDS));
    expect(checkChartSpec(spec({ kind: 'target', observations: 'ntl-043 ntl-063' }), data)).toContainEqual(
      expect.stringContaining('cần số liệu dạng "đạt/chỉ tiêu" (a/b) có target_words: ntl-063'),
    );
  });

  it('names unknown observations, mixed units, missing denominators and targets without target words', () => {
    expect(checkChartSpec(spec({ observations: 'ntl-075 khong-co-001' }), data)).toEqual([
      expect.stringContaining('"khong-co-001" không tồn tại'),
    ]);
    expect(checkChartSpec(spec({ observations: 'ntl-075 ntl-076' }), data)).toContainEqual(expect.stringContaining('khác đơn vị'));
    expect(checkChartSpec(spec({ observations: 'ntl-043 dg-161', rate: 'per-1000-members' }), data)).toContainEqual(
      expect.stringContaining('denominators'),
    );
    // Checks of members ("196 lượt đảng viên") have an indicator in "lượt": a rate per 1,000 members reads that unit and refuses.
    expect(
      checkChartSpec(spec({ observations: 'dg-182 ntl-108', rate: 'per-year-per-1000-members', denominators: 'dg-004 ntl-063' }), data),
    ).toContainEqual(expect.stringContaining('chỉ tiêu kiem-tra-dang-vien-luot của dg-182 đếm “lượt”, không phải đảng viên'));
    // 38/38 organisations rated is a ratio, but 38 is no target: the text does not call it one.
    expect(checkChartSpec(spec({ observations: 'ntl-047 ntl-049', kind: 'target' }), data)).toEqual([
      expect.stringMatching(/target_words: ntl-047, ntl-049/),
    ]);
  });

  it('refuses figures of different scope side by side, naming the chart, both figures and the difference', () => {
    // Long Biên counts only the district committee's and its inspection commission's decisions.
    const discipline = checkChartSpec(spec({ observations: 'ntl-119 lb-044', rate: 'per-year' }), data);
    expect(discipline).toEqual([
      expect.stringMatching(/^biểu đồ thu: .*ntl-119 và lb-044.*phạm vi \(không nêu và “Quận ủy, UBKT Quận ủy”\)/),
    ]);
    // Đống Đa's 24 are sessions to study resolutions, not training classes.
    expect(checkChartSpec(spec({ observations: 'ntl-075 dd-001', rate: 'per-year' }), data)).toContainEqual(
      expect.stringMatching(/ntl-075 và dd-001.*lớp quán triệt/),
    );
    // Thematic supervision beside supervision of no stated kind.
    expect(checkChartSpec(spec({ observations: 'ntl-109 dd-010', rate: 'per-year' }), data)).toContainEqual(
      expect.stringMatching(/ntl-109 và dd-010.*giám sát chuyên đề/),
    );
  });

  it('accepts a difference the spec declares, and shows it in the subtitle', () => {
    const declared = spec({ observations: 'ntl-075 dd-001', rate: 'per-year', differences: 'Đống Đa chỉ tính lớp quán triệt' });
    expect(checkChartSpec(declared, data)).toEqual([]);
    expect(buildChartModel(declared, data).subtitle).toBe('Phụ đề thử. Khác biệt: Đống Đa chỉ tính lớp quán triệt');
  });

  it('lets a breakdown of one area set its groups side by side, but not groups of different scope', () => {
    expect(checkChartSpec(spec({ observations: 'ntl-120 ntl-121 ntl-122', kind: 'composition' }), data)).toEqual([]);
    // Two groups alone are no chart (the two-bar rule): the sentence says it.
    expect(checkChartSpec(spec({ observations: 'ntl-109 ntl-118' }), data)).toEqual([expect.stringContaining('chỉ hai nhóm')]);
    expect(checkChartSpec(spec({ observations: 'ntl-107 ntl-113' }), data)).toContainEqual(expect.stringContaining('phạm vi'));
  });

  it('lets a ward and a district meet only as rates: per 1,000 members, or per cent', () => {
    expect(checkChartSpec(spec({ observations: 'ntl-043 dg-161', rate: 'per-year' }), data)).toEqual([
      expect.stringMatching(/ntl-043 \(quận\) và dg-161 \(phường\) khác cấp/),
    ]);
    expect(
      checkChartSpec(spec({ observations: 'ntl-043 dg-161', rate: 'per-year-per-1000-members', denominators: 'ntl-063 dg-004' }), data),
    ).toEqual([]);
    expect(checkChartSpec(spec({ observations: 'ntl-187 dg-188' }), data)).toEqual([]);
  });

  it('compares totals over periods of different lengths only per year', () => {
    expect(checkChartSpec(spec({ observations: 'ntl-180 lb-035' }), data)).toEqual([
      expect.stringMatching(/kỳ dài khác nhau \(3,25 năm, 5 năm\)/),
    ]);
    expect(checkChartSpec(spec({ observations: 'ntl-180 lb-035', rate: 'per-year' }), data)).toEqual([]);
  });

  it('lets targets of different units share a chart', () => {
    expect(checkChartSpec(spec({ observations: 'ntl-043 ntlb-001', kind: 'target' }), data)).toEqual([]);
  });

  it('passes every editorial chart of data/charts.csv and every chart the rules draw', () => {
    const { charts, issues } = loadCharts(data);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(charts.filter((c) => c.origin === 'editorial').length).toBeGreaterThanOrEqual(12);
  });
});

describe('buildChartModel', () => {
  it('divides by the years the text states, not the calendar’s', () => {
    // "trong 5 năm qua" (Long Biên, 7/2017 – 9/2022: 5,25 calendar years); "trong 5 năm" (Đức Giang, 2015 – 4/2020: 5,33).
    const classes = buildChartModel(spec({ observations: 'ntl-180 lb-035', rate: 'per-year' }), data);
    expect(classes.data[1]!.value).toBe(value('lb-035') / 5);
    expect(classes.data[1]!.annotation).toBe('313 trong 5 năm (“trong 5 năm qua”)');
    const admissions = buildChartModel(
      spec({ observations: 'ntl-043 dg-161', rate: 'per-year-per-1000-members', denominators: 'ntl-063 dg-004' }),
      data,
    );
    // "nửa đầu nhiệm kỳ" is 2,5 years; "trong 5 năm" is 5.
    expect(admissions.data.map((d) => d.value)).toEqual([((559 / 2.5) * 1000) / value('ntl-063'), ((71 / 5) * 1000) / value('dg-004')]);
    expect(admissions.data.map((d) => d.valueLabel)).toEqual(['19,7', '11,1']);
    expect(admissions.data[1]!.annotation).toBe('71 trong 5 năm (“trong 5 năm”), trên 1.282 đảng viên (tại tháng 4/2020)');
  });

  it('counts calendar years where the text is silent, and says it is an assumption', () => {
    // "Từ đầu nhiệm kỳ đến nay": from 2020 to 3/2023 by the calendar.
    const model = buildChartModel(spec({ observations: 'ntl-180 lb-035', rate: 'per-year' }), data);
    expect(model.data[0]!.value).toBeCloseTo(40 / 3.25, 10);
    expect(model.data[0]!.annotation).toBe('40 trong 3,25 năm, tính theo lịch');
    expect(model.notes).toContainEqual(
      expect.stringMatching(/^Giả định: văn bản không nói độ dài kỳ của Quận Nam Từ Liêm 2020\u00a0–\u00a03\/2023: 3,25 năm/),
    );
    expect(model.valueLabel).toBe('hội nghị mỗi năm (bình quân)');
  });

  it('shows the pro-rata pace of a whole-term target beside a mid-term result', () => {
    // 700 admissions for the 2020–2025 term; "nửa đầu nhiệm kỳ" (2,5 of 5 years): pace 350, and 559 is ahead of it.
    const model = buildChartModel(spec({ observations: 'ntl-043 ntlb-003', kind: 'target' }), data);
    expect(model.data[0]).toMatchObject({ value: (559 / 700) * 100, target: 100, pace: 50 });
    expect(model.data[0]!.paceLabel).toBe(`cần đạt sau 2,5 trong 5 năm: 350 (đạt ${percent('159,7')} mức này)`);
    // A plan for the result's own period has no pace.
    expect(model.data[1]!.pace).toBeUndefined();
    expect(model.data[1]!.valueLabel).toBe(`3.057/2.400 đoàn viên (${percent('127,4')})`);
    expect(model.valueLabel).toBe('% chỉ tiêu');
  });

  it('labels a one-area target series by year and composition parts by category, with shares of the printed total', () => {
    const target = buildChartModel(spec({ observations: 'dg-046 dg-054', kind: 'target' }), data);
    expect(target.data.map((d) => [d.label, d.value, d.target, d.valueLabel])).toEqual([
      ['2015', 121, 100, `121/100 (${percent('121')})`],
      ['2019', 260, 140, `260/140 (${percent('185,7')})`],
    ]);
    const parts = buildChartModel(spec({ observations: 'ntl-120 ntl-121 ntl-122', kind: 'composition' }), data);
    expect(parts.data.map((d) => d.valueLabel)).toEqual([`20 (${percent('76,9')})`, `3 (${percent('11,5')})`, `3 (${percent('11,5')})`]);
    expect(describeChart(parts)).toBe(
      `Phụ đề thử. Khiển trách: 20 (${percent('76,9')}); Cảnh cáo: 3 (${percent('11,5')}); Khai trừ: 3 (${percent('11,5')}).`,
    );
    // Members exempt from meetings and police members are "trong đó" of 11.361: shares of that, not of their sum.
    const members = buildChartModel(spec({ observations: 'ntl-064 ntl-065', kind: 'composition' }), data);
    expect(members.data.map((d) => d.valueLabel)).toEqual([`1.481 (${percent('13')})`, `659 (${percent('5,8')})`]);
    expect(members.notes).toContainEqual(expect.stringContaining('tổng in 11.361: tỷ lệ tính trên tổng in'));
  });

  it('keeps the value as shown and the exact value apart', () => {
    const model = buildChartModel(spec({ observations: 'ntl-075 dd-001', rate: 'per-year', differences: 'khác' }), data);
    expect(model.data[0]!.value).toBeCloseTo(147 / 3.25, 10);
    expect(model.data[0]!.shown).toBe(45.2);
    expect(model.data[1]!.shown).toBe(Math.round(model.data[1]!.value * 10) / 10);
  });

  it('draws a target set for a later term as a target, not a result', () => {
    const model = buildChartModel(spec({ observations: 'dg-068 dgb-003' }), data);
    expect(model.data.map((d) => [d.label, d.role])).toEqual([
      ['Kết quả', undefined],
      ['Chỉ tiêu', 'target'],
    ]);
  });

  it('makes the data’s own doubt the one caveat: a total its parts do not make, a printed rate its counts contradict, a row note', () => {
    const parts = buildChartModel(
      spec({ observations: 'ntl-084 ntl-086 ntl-088 ntl-090', kind: 'composition', notes: 'Ghi chú của biên tập.' }),
      data,
    );
    expect(parts.caveat).toContain('40.934');
    expect(parts.notes.indexOf('Ghi chú của biên tập.')).toBeGreaterThan(0);
    const rate = buildChartModel(spec({ observations: 'dg-046 dg-054', kind: 'target' }), data);
    expect(rate.caveat).toContain('147%');
    // "Thân bài … cũng ghi 40 hội nghị": the row's own note, in front of every generic note.
    const meetings = buildChartModel(spec({ observations: 'ntl-180 lb-035', rate: 'per-year' }), data);
    expect(meetings.caveat).toMatch(/^Thân bài/);
    // A rounding ("79,85%" of 559/700) is no doubt.
    expect(buildChartModel(spec({ observations: 'ntl-043 ntlb-001', kind: 'target' }), data).notes.join(' ')).not.toContain('79,85');
  });

  it('names the ended districts its own words name, apart from the notes, and only those', () => {
    // A ward's chart whose words never name its district says nothing of the district.
    const ward = buildChartModel(spec({ observations: 'dg-081 dg-082', kind: 'time-series', subtitle: 'Đức Giang, 2016 và 2019' }), data);
    expect(ward.areasNote).toBe('');
    const named = buildChartModel(spec({ observations: 'dg-081 dg-082', kind: 'time-series', subtitle: 'Đức Giang (Long Biên)' }), data);
    expect(named.areasNote).toContain('Long Biên');
    const district = buildChartModel(spec({ observations: 'lb-030 lb-031', kind: 'time-series' }), data);
    expect(district.areasNote).toContain('Long Biên');
    expect(district.notes.join(' ')).not.toContain('đơn vị hành chính');
  });
});
