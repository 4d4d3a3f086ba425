import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/dataset.ts';
import { checkObservation, observationSchema, toObservation } from '../../../src/lib/data/observations.ts';
import { draftEdition } from '../../../src/lib/edition/draft.ts';
import { parseEdition } from '../../../src/lib/edition/parse.ts';
import { draftColumns, propose, REVIEW_COLUMNS, suggestedIndicators } from '../../../src/lib/propose/draft-rows.ts';
import { findNumbers } from '../../../src/lib/propose/figures.ts';
import { proposePeriod, termStart } from '../../../src/lib/propose/period.ts';

const { dataset } = loadDataset();
const FIXTURE = resolve(import.meta.dirname, '../../data/fixtures/new-report/trang-tin-dai-hoi-phuong-mau.txt');
const source = readFileSync(FIXTURE, 'utf8');
const draft = draftEdition(source, {
  slug: 'phuong-mau-dai-hoi-2025',
  sourceFile: 'phuong-mau-dai-hoi-2025.txt',
  originalName: 'x.txt',
  areas: dataset.areas,
  area: 'phuong-mau',
});
const proposals = propose({
  report: 'phuong-mau-dai-hoi-2025',
  area: 'phuong-mau',
  blocks: parseEdition(draft.mdx).blocks,
  indicators: dataset.indicators,
  units: dataset.units,
  time: { date: '2025-08-09' },
  prefix: 'pm',
});
const figures = proposals.filter((p) => p.row.proposal === 'figure').map((p) => p.row);
const figure = (printed: string) => figures.find((r) => r.printed === printed)!;
const nonFigures = (text: string) =>
  findNumbers(text)
    .filter((n) => n.kind !== 'figure')
    .map((n) => [n.printed, n.kind, n.reason]);

describe('propose on a news page it has never seen', () => {
  it('finds every figure, as printed', () => {
    expect(figures.map((r) => r.printed)).toEqual([
      '250',
      '6.120',
      '52',
      '10,72 km2',
      '21',
      'trên 65.000',
      '312',
      '104%',
      '46',
      '118',
      '7',
      '100%',
      '1.245 tỷ đồng',
      '112,5%',
      '3.500 m2',
      '28/30',
      '100%',
      '27',
      '35',
    ]);
  });

  it('reads values the Vietnamese way, with units, ratios and qualifiers', () => {
    expect(figure('6.120')).toMatchObject({ value: '6120', unit: 'đảng viên' });
    expect(figure('10,72 km2')).toMatchObject({ value: '10.72', unit: 'km2', indicator: 'dien-tich-tu-nhien' });
    expect(figure('1.245 tỷ đồng')).toMatchObject({ value: '1245000000000', unit: 'đồng' });
    expect(figure('112,5%')).toMatchObject({ value: '112.5', unit: '%' });
    expect(figure('28/30')).toMatchObject({ value: '28', numerator: '28', denominator: '30', unit: 'tổ dân phố' });
    expect(figure('trên 65.000')).toMatchObject({ value: '65000', qualifier: 'trên' });
    expect(figure('27')).toMatchObject({ unit: 'đồng chí' }); // "27 đồng chí" is not money
  });

  it('takes the period from the words around the figure and the report’s date', () => {
    expect(figure('312')).toMatchObject({ period_start: '2020', period_end: '2025' }); // trong 5 năm qua
    expect(figure('46')).toMatchObject({ period_start: '2020', period_end: '2025-08' }); // từ đầu nhiệm kỳ
    expect(figure('1.245 tỷ đồng')).toMatchObject({ period_start: '2024', period_end: '2024' }); // Năm 2024
    expect(figure('3.500 m2')).toMatchObject({ period_start: '2023', period_end: '2025' }); // Hơn 2 năm qua
    expect(figure('6.120')).toMatchObject({ as_of: '2025-08-09' });
    expect(figure('3.500 m2').note).toContain('kỳ theo “Hơn 2 năm qua”');
  });

  it('guesses an indicator from the catalogue, with its confidence and the next guesses in the note', () => {
    expect(figure('312')).toMatchObject({ indicator: 'ket-nap-dang-vien' });
    expect(figure('312').note).toMatch(/^\[đề xuất: chỉ tiêu ket-nap-dang-vien \(độ tin cậy 0,\d+\); khác: [a-z-]+ \(0,\d+\)/);
    const guesses = suggestedIndicators(figure('312').note!);
    expect(guesses).toHaveLength(3);
    expect(guesses[0]).toBe('ket-nap-dang-vien');
    expect(guesses.every((id) => dataset.indicators.some((i) => i.id === id))).toBe(true);
  });

  it('anchors a sentence printed in two paragraphs to the paragraph it was read from', () => {
    const repeated = figures.filter((r) => r.quote === 'Chỉ tiêu này đạt 100%.');
    expect(repeated.map((r) => r.anchor)).toEqual(['p-3', 'p-4']);
  });

  it('suggests exclusions for dates, names with numbers and period lengths, not figures', () => {
    const excluded = proposals.filter((p) => p.row.proposal !== 'figure').map((p) => [p.row.printed, p.row.proposal]);
    expect(excluded).toEqual(
      expect.arrayContaining([
        ['8-8', 'rule'],
        ['1-7-2025', 'rule'],
        ['19.4.2019', 'rule'],
        ['35', 'exclusion'],
        ['5', 'exclusion'],
        ['1', 'exclusion'],
      ]),
    );
    expect(nonFigures('Mọi phản ánh gửi về đường dây nóng 0904 123 456 hoặc 0243.8253.536.')).toEqual([
      ['0904 123 456', 'rule', 'số điện thoại'],
      ['0243.8253.536', 'rule', 'số điện thoại'],
    ]);
    expect(nonFigures('4.1. Thu ngân sách theo Nghị quyết số 15-NQ/TU đạt 27,6 tỷ đồng')).toEqual([
      ['4.1.', 'rule', 'số thứ tự đề mục'],
      ['15', 'rule', 'số hiệu văn bản'],
    ]);
    expect(nonFigures('kỷ niệm 90 năm ngày thành lập Đảng; 45 năm ngày giải phóng; phục vụ SEA Games 31 với 200 tình nguyện viên')).toEqual(
      [
        ['90', 'suggested', 'số năm kỷ niệm (tên sự kiện)'],
        ['45', 'suggested', 'số năm kỷ niệm (tên sự kiện)'],
        ['31', 'suggested', 'tên riêng có số (sự kiện, sản phẩm)'],
      ],
    );
  });

  it('writes the observation columns from the schema, then the review columns, and rows that pass the row checks', () => {
    expect(draftColumns()).toEqual([...Object.keys(observationSchema.shape), ...REVIEW_COLUMNS]);
    for (const row of figures) {
      // A row whose guess counts another thing than its noun drafts its own indicator, which review files it under.
      const cells: Record<string, string | undefined> = { ...row, indicator: row.indicator || row.new_indicator_id };
      const parsed = observationSchema.parse(Object.fromEntries(Object.keys(observationSchema.shape).map((c) => [c, cells[c]])));
      expect(checkObservation(toObservation(parsed)), row.printed).toEqual([]);
    }
  });
});

describe('what a proposal files a figure under', () => {
  const blocks = (text: string) => [{ id: 'p-1', kind: 'paragraph', text }] as unknown as Parameters<typeof propose>[0]['blocks'];
  const indicators = [
    {
      id: 'kiem-tra-dang-vien',
      name: 'Kiểm tra đảng viên',
      definition: 'Số đảng viên được kiểm tra',
      unit: 'đảng viên',
      topic: 'Kiểm tra giám sát',
      comparability: 'comparable-with-care',
      comparability_note: '',
    },
  ] as const;
  const row = (text: string) =>
    propose({
      report: 'r',
      area: 'a',
      blocks: blocks(text),
      indicators: [...indicators],
      units: dataset.units,
      time: { date: '2025-08-09' },
      prefix: 't',
    }).find((p) => p.row.proposal === 'figure')!.row;

  it('files a figure under an indicator that counts what its noun counts ("đồng chí" are party members)', () => {
    expect(row('Ủy ban kiểm tra đã kiểm tra 12 đảng viên.').indicator).toBe('kiem-tra-dang-vien');
    expect(row('Ủy ban kiểm tra đã kiểm tra 12 đồng chí.').indicator).toBe('kiem-tra-dang-vien');
  });

  it('drafts an indicator of its own for checks counted in "lượt", never files them as members', () => {
    const checks = row('Ủy ban kiểm tra đã kiểm tra 196 lượt đảng viên.');
    expect([checks.indicator, checks.unit, checks.new_indicator_unit]).toEqual(['', 'lượt', 'lượt']);
    expect(checks.note).toContain('gộp vào kiem-tra-dang-vien');
  });
});

describe('periods', () => {
  it('finds the term a date falls in (a congress year looks back on the term it closes)', () => {
    expect([termStart(2023), termStart(2022), termStart(2020), termStart(2025)]).toEqual([2020, 2020, 2015, 2020]);
  });
  it('reads months from the start of a year and lengths back from the report’s date', () => {
    const text = '9 tháng đầu năm 2022, quận kết nạp 86 đảng viên.';
    expect(proposePeriod(text, text.indexOf('86'), { date: '2022-10-23' })).toMatchObject({
      period_start: '2022-01',
      period_end: '2022-09',
    });
    const six = 'Trong 6 tháng qua, đã giải quyết 40 đơn.';
    expect(proposePeriod(six, six.indexOf('40'), { date: '2022-09-08' })).toMatchObject({ period_start: '2022-04', period_end: '2022-09' });
    const none = 'Đã giải quyết 40 đơn.';
    expect(proposePeriod(none, none.indexOf('40'), { date: '2022-09-08', period: { start: '2017', end: '2022' } })).toMatchObject({
      period_start: '2017',
      period_end: '2022',
    });
  });
});

describe('numbers that are not counts in texts unlike the reports', () => {
  const figures = (text: string) =>
    findNumbers(text)
      .filter((n) => n.kind === 'figure')
      .map((n) => n.printed);

  it('proposes nothing from a date-and-counter line, and no figure from footnote markers', () => {
    expect(figures('Thứ hai, 24 Tháng 8 2015 09:39 / 6054 Lượt xem')).toEqual([]);
    expect(nonFigures('dân số theo đạo chiếm 1/4 dân số toàn vùng(1).').filter(([, , r]) => r === 'số chú thích')).toEqual([
      ['1', 'rule', 'số chú thích'],
    ]);
    expect(figures('(2) Số liệu của Ban Tổ chức các tỉnh ủy, tháng 6/2015.')).toEqual([]);
  });

  it('keeps a measured figure beside a place name, and a period length as a period', () => {
    expect(figures('ở Bắc Ninh 30,3%, Nam Định 2,1%, riêng Bắc Ninh 0,3% ở các giáo xứ')).toEqual(['30,3%', '2,1%', '0,3%']);
    expect(figures('Quý III/2023, 96,4% hộ dân; năm 2024, 12 tỷ đồng')).toEqual(['96,4%', '12 tỷ đồng']);
    expect(nonFigures('Trong 8 năm, từ khi thực hiện Quy định 123-QĐ/TW')[0]).toEqual([
      '8',
      'suggested',
      expect.stringMatching(/^độ dài thời gian/),
    ]);
  });

  it('reads a fraction as a share, and takes no preposition for a unit', () => {
    const { dataset } = loadDataset();
    const rows = propose({
      report: 'thu',
      area: 'long-bien',
      blocks: [
        {
          id: 'p-1',
          kind: 'paragraph',
          text: 'Dân số theo đạo chiếm 1/4 dân số; 2/3 số thôn toàn tòng; 28/35 chi bộ đạt; 589 ở xã có đông đồng bào; 04/10 Bí thư là người địa phương.',
        },
      ],
      indicators: dataset.indicators,
      units: dataset.units,
      time: {},
      prefix: 'thu',
    }).map((p) => [p.row.printed, p.row.value, p.row.unit]);
    expect(rows).toEqual([
      ['1/4', '25', '%'],
      ['2/3', '66.67', '%'],
      ['28/35', '28', 'chi bộ'],
      expect.arrayContaining(['589']),
      ['04/10', '4', 'người'],
    ]);
    expect(rows[3]![2]).not.toBe('ở');
    const series = propose({
      report: 'thu',
      area: 'long-bien',
      blocks: [
        {
          id: 'p-1',
          kind: 'paragraph',
          text: 'Năm qua đã kết nạp 215 quần chúng ưu tú, trong đó 37 tại các khu đô thị mới, sinh hoạt 2 buổi/tháng.',
        },
      ],
      indicators: dataset.indicators,
      units: dataset.units,
      time: {},
      prefix: 'thu',
    }).map((p) => p.row.unit);
    expect(series).toEqual(['quần chúng', 'quần chúng', 'buổi/tháng']);
  });
});
