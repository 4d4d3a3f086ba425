import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/lib/data/indicators.ts';
import type { Observation } from '../../../src/lib/data/observations.ts';
import { DataValidationError } from '../../../src/lib/data/errors.ts';
import { figureWording, mineWording, readWording, WORDING_FILE } from '../../../src/lib/search/wording.ts';

describe('figureWording', () => {
  it('takes the words of the figure’s clause around it, stopping at the next number and at list commas', () => {
    const quote =
      'Điều tra khám phá 121/129 vụ phạm pháp hình sự đạt 93,7%; triệt phá 33 ổ nhóm hình sự; 07 ổ nhóm cờ bạc; bắt giữ 25 vụ ma túy.';
    expect(figureWording(quote, '25')).toBe('bắt giữ … vụ ma túy');
    expect(figureWording(quote, '33')).toBe('triệt phá … ổ nhóm hình sự');
    expect(figureWording('Đến nay trên địa bàn phường có 1.250 hộ kinh doanh và 915 doanh nghiệp tư nhân, đời sống ổn định', '915')).toBe(
      'hộ kinh doanh và … doanh nghiệp tư nhân',
    );
    expect(figureWording('các tổ chức, cá nhân ủng hộ 17 nhà', '17')).toBe('cá nhân ủng hộ … nhà');
  });

  it('keeps a label before a colon ("Nâng lương thường xuyên: 39 đồng chí")', () => {
    expect(figureWording('Nâng lương thường xuyên: 39 đồng chí; nâng lương trước thời hạn: 09 đồng chí.', '39')).toBe(
      'Nâng lương thường xuyên … đồng chí',
    );
  });

  it('gives nothing when the figure is not in the quote or stands alone', () => {
    expect(figureWording('Tiếp nhận 5.189 đơn.', '5189')).toBeUndefined();
    expect(figureWording('12; 13', '12')).toBeUndefined();
  });
});

const indicator = (id: string, name: string, definition: string, unit: string): Indicator =>
  ({ id, name, definition, unit, topic: 'x', comparability: 'comparable', comparability_note: '' }) as Indicator;
const observation = (indicatorId: string, printed: string, quote: string, scope = ''): Observation =>
  ({ indicator: indicatorId, printed, quote, scope }) as Observation;

describe('mineWording', () => {
  const indicators = [
    indicator('doanh-nghiep', 'Doanh nghiệp', 'Số doanh nghiệp đăng ký trên địa bàn (category = loại hình)', 'doanh nghiệp'),
    indicator('hoi-vien', 'Hội viên phụ nữ kết nạp mới', 'Số hội viên được Hội Phụ nữ kết nạp', 'hội viên'),
    indicator('khong-dung', 'Không dùng', 'Chưa có số liệu', 'người'),
  ];
  const rows = mineWording(indicators, [
    observation('doanh-nghiep', '915', 'phường có 1.250 hộ kinh doanh và 915 doanh nghiệp tư nhân.', 'doanh nghiệp tư nhân'),
    observation('doanh-nghiep', '20', 'có 20 doanh nghiệp tư nhân.', 'doanh nghiệp tư nhân'),
    observation('hoi-vien', '940', 'Toàn Quận đã kết nạp được 940 hội viên tham gia tổ chức Hội.'),
  ]);

  it('takes the definition without the editors’ notes, the scope and the texts’ wording, each once with its count', () => {
    expect(rows).toContainEqual({
      indicator: 'doanh-nghiep',
      phrase: 'Số doanh nghiệp đăng ký trên địa bàn',
      source: 'definition',
      count: 1,
    });
    expect(rows).toContainEqual({ indicator: 'doanh-nghiep', phrase: 'doanh nghiệp tư nhân', source: 'scope', count: 2 });
    expect(rows).toContainEqual({ indicator: 'doanh-nghiep', phrase: 'hộ kinh doanh và … doanh nghiệp tư nhân', source: 'text', count: 1 });
    expect(rows).toContainEqual({ indicator: 'hoi-vien', phrase: 'đã kết nạp được … hội viên tham gia tổ', source: 'text', count: 1 });
  });

  it('leaves out wordings that add no word to the name, and indicators with no figure', () => {
    // "doanh nghiệp" (the unit) and "… hội viên" add nothing; "khong-dung" has no figure.
    expect(rows.filter((r) => r.source === 'unit')).toEqual([]);
    expect(rows.some((r) => r.indicator === 'khong-dung')).toBe(false);
  });
});

describe('readWording', () => {
  const write = (csv: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'wording-'));
    writeFileSync(join(dir, WORDING_FILE), csv);
    return dir;
  };
  const names = new Map([
    ['doanh-nghiep', 'Doanh nghiệp'],
    ['hoi-vien', 'Hội viên phụ nữ'],
  ]);

  it('gives each indicator the words its wordings add to its name, rejected rows left out', () => {
    const dir = write(
      'indicator,phrase,source,count,rejected\n' +
        'doanh-nghiep,kinh doanh và … doanh nghiệp tư nhân,text,1,\n' +
        'hoi-vien,chị em,text,1,"không phải cách gọi của văn bản"\n' +
        'hoi-vien,Hội Phụ nữ kết nạp,definition,1,\n',
    );
    expect(readWording(dir, names)).toEqual({ 'doanh-nghiep': 'kinh doanh và; doanh nghiệp tư nhân', 'hoi-vien': 'hội phụ nữ kết nạp' });
  });

  it('gives nothing for a site without the file', () => {
    expect(readWording(mkdtempSync(join(tmpdir(), 'wording-')), names)).toEqual({});
  });

  it('fails naming file, row and column for an unknown indicator or source', () => {
    const dir = write('indicator,phrase,source,count,rejected\nkhong-co,tư nhân,text,1,\ndoanh-nghiep,tư nhân,guess,1,\n');
    try {
      readWording(dir, names);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataValidationError);
      const issues = (error as DataValidationError).issues.map((i) => `${i.file}:${i.row}:${i.column}`);
      expect(issues).toEqual(expect.arrayContaining([`data/${WORDING_FILE}:2:indicator`, `data/${WORDING_FILE}:3:source`]));
    }
  });
});
