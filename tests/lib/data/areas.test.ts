import { describe, expect, it } from 'vitest';
import { areaPlace, areaValidity, hasAreaPage, type Area } from '../../../src/lib/data/areas.ts';
import { describeAreas, endedAreasNote, siteHoldings } from '../../../src/lib/data/holdings.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';

const area = (id: string, name: string, level: Area['level'], parent: string, valid_from = '', valid_to = ''): Area => ({ id, name, level, parent, valid_from, valid_to });
const areas = [
  area('ha-noi', 'Hà Nội', 'thanh-pho', ''),
  area('long-bien', 'Long Biên', 'quan', 'ha-noi', '', '2025-06-30'),
  area('duc-giang', 'Đức Giang', 'phuong', 'long-bien'),
  area('phuong-mau', 'Mẫu', 'phuong', 'ha-noi', '2025-07-01'),
];

describe('where an area sits', () => {
  it('places a ward directly under the city without a link to a city page', () => {
    expect(areaPlace(areas, areas[3]!)).toEqual({
      level: 'Phường',
      within: [{ label: 'thành phố Hà Nội', href: undefined, validity: '' }],
      validity: 'Phường Mẫu là đơn vị hành chính từ 1/7/2025.',
    });
    expect(hasAreaPage(areas[0]!)).toBe(false);
  });

  it('places a ward in its district, which says when it ended', () => {
    expect(areaPlace(areas, areas[2]!).within).toEqual([
      { label: 'quận Long Biên', href: '/dia-ban/long-bien/', validity: 'đến hết 30/6/2025' },
      { label: 'thành phố Hà Nội', href: undefined, validity: '' },
    ]);
    expect(areaValidity(area('x', 'X', 'quan', '', '2020-01', '2025-06-30'))).toBe('từ tháng 1/2020 đến hết 30/6/2025');
  });
});

describe('areas that are no longer administrative units', () => {
  it('says which named districts ended, and why, once for all of them', () => {
    const dongDa = area('dong-da', 'Đống Đa', 'quan', 'ha-noi', '', '2025-06-30');
    expect(endedAreasNote([areas[1]!, dongDa, areas[2]!])).toBe(
      'Các quận Long Biên và Đống Đa là đơn vị hành chính đến hết 30/6/2025; từ 1/7/2025 chính quyền địa phương có hai cấp (thành phố; xã, phường), không còn cấp quận. Tên địa bàn giữ như trong văn bản.',
    );
  });
  it('says it briefly in a chart’s notes', () => {
    expect(endedAreasNote([areas[1]!, areas[2]!], 'brief')).toBe('Quận Long Biên là đơn vị hành chính đến hết 30/6/2025 (chính quyền hai cấp từ 1/7/2025).');
  });
  it('says nothing when every named area still exists', () => {
    expect(endedAreasNote([areas[0]!, areas[2]!, areas[3]!])).toBe('');
  });
  it('gives another end date without the 2025 reason, earliest first', () => {
    const merged = area('cu', 'Cũ', 'phuong', 'long-bien', '', '2019-12-31');
    expect(endedAreasNote([areas[1]!, merged])).toBe(
      'Phường Cũ là đơn vị hành chính đến hết 31/12/2019. Quận Long Biên là đơn vị hành chính đến hết 30/6/2025; từ 1/7/2025 chính quyền địa phương có hai cấp (thành phố; xã, phường), không còn cấp quận. Tên địa bàn giữ như trong văn bản.',
    );
  });
});

describe('what the site holds, in words', () => {
  it('names areas by level in the hierarchy’s order', () => {
    expect(describeAreas(areas.slice(1))).toBe('quận Long Biên và các phường Đức Giang, Mẫu');
    expect(describeAreas([areas[1]!, area('dong-da', 'Đống Đa', 'quan', 'ha-noi')])).toBe('các quận Long Biên và Đống Đa');
  });

  it('counts reports and figures from the data', () => {
    const data = siteData();
    const holdings = siteHoldings(data);
    expect(holdings.reports).toBe(`${data.reports.size} báo cáo`);
    expect(holdings.city).toBe('Hà Nội');
    for (const report of data.reports.values()) for (const id of report.meta.areas) expect(holdings.areas).toContain(data.areas.find((a) => a.id === id)!.name);
  });
});
