import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/dataset.ts';
import { countedPhrase, draftIndicator, propose } from '../../../src/lib/propose/draft-rows.ts';
import { catalogueOf, curatedExamples, trainGuesser } from '../../../src/lib/propose/training.ts';

const { dataset } = loadDataset();
const examples = curatedExamples(dataset);

// Training fits a calibration on every report held out in turn: seconds, not milliseconds.
describe('indicator guesses with a calibrated threshold', { timeout: 60_000 }, () => {
  it('on a report it did not learn from, shows fewer guesses and more of them right than first guesses are', () => {
    const heldOut = 'long-bien-so-ket-nq15-ct15-2022';
    const others = new Map([...examples].filter(([slug]) => slug !== heldOut));
    const guesser = trainGuesser(others, catalogueOf(dataset.indicators, [...others.values()].flat()));
    const threshold = guesser.calibration!.threshold;
    expect(threshold).toBeGreaterThan(0);
    expect(threshold).toBeLessThan(1);
    const outcomes = examples.get(heldOut)!.map((e) => {
      const top = guesser.guess(e)[0];
      return { shown: guesser.shown(top), right: top?.id === e.indicator };
    });
    const rate = (list: typeof outcomes) => list.filter((o) => o.right).length / list.length;
    const shown = outcomes.filter((o) => o.shown);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(outcomes.length);
    expect(rate(shown)).toBeGreaterThan(rate(outcomes) + 0.2);
  });

  it('shows every first guess when there are not two reports of filed figures to measure a threshold on', () => {
    const guesser = trainGuesser(new Map([['mot', examples.get('long-bien-so-ket-nq15-ct15-2022')!]]), dataset.indicators);
    expect(guesser.calibration).toBeUndefined();
    expect(guesser.shown(guesser.guess({ before: 'đã kết nạp ', after: ' đảng viên mới', unit: 'đảng viên' })[0])).toBe(true);
  });

  it('drafts a new indicator from the sentence where no guess is sure enough, and names the nearest one to merge into', () => {
    const guesser = trainGuesser(examples, dataset.indicators);
    const rows = propose(
      {
        report: 'thu',
        area: 'long-bien',
        blocks: [{ id: 'p-1', kind: 'paragraph', text: 'Cuối năm, tỷ lệ hộ gia đình dùng nước sạch đạt 98,2%.' }],
        indicators: dataset.indicators,
        units: dataset.units,
        time: { date: '2024-12-20' },
        prefix: 'thu',
      },
      guesser,
    ).map((p) => p.row);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      indicator: '',
      unit: '%',
      new_indicator_id: 'ty-le-ho-gia-dinh-dung-nuoc-sach',
      new_indicator_name: 'Tỷ lệ hộ gia đình dùng nước sạch',
      new_indicator_unit: '%',
    });
    expect(dataset.indicators.map((i) => i.topic)).toContain(rows[0]!.new_indicator_topic);
    expect(rows[0]!.note).toMatch(/chỉ tiêu mới ty-le-ho-gia-dinh-dung-nuoc-sach hoặc gộp vào [a-z-]+ \(độ tin cậy 0,\d+, dưới ngưỡng\)/u);
  });
});

describe('what a figure counts', () => {
  const phrase = (before: string, after: string, unit: string) => countedPhrase({ before, after, unit });
  it('is the noun phrase after a count, up to the end of its clause', () => {
    expect(phrase('Quận đã trao ', ' suất quà cho hộ nghèo', 'suất')).toBe('suất quà cho hộ nghèo');
    expect(phrase('Có ', ' tổ dân phố trong năm 2023 đạt danh hiệu', 'tổ dân phố')).toBe('tổ dân phố');
  });
  it('is, for a share, what "tỷ lệ" or "chiếm" names before it', () => {
    expect(phrase('Tỷ lệ đảng viên trẻ dưới 35 tuổi ở phường đạt ', '', '%')).toBe('đảng viên trẻ dưới tuổi');
    expect(phrase('Số hộ kinh doanh cá thể chiếm khoảng ', ' tổng số hộ', '%')).toBe('Số hộ kinh doanh cá thể');
  });
  it('names a new indicator with what was done to what it counts', () => {
    expect(
      draftIndicator(
        { before: 'Năm 2023, Quận ủy đã khen thưởng ', after: ' tổ chức cơ sở đảng', unit: 'tổ chức' },
        'tổ chức cơ sở đảng',
        'X',
      ),
    ).toEqual({
      new_indicator_id: 'so-to-chuc-co-so-dang-khen-thuong',
      new_indicator_name: 'Số tổ chức cơ sở đảng (khen thưởng)',
      new_indicator_unit: 'tổ chức',
      new_indicator_topic: 'X',
    });
  });
});
