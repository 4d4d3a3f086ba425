/**
 * Which Open Graph cards (1200×630 PNG previews) the site has: one for the
 * site itself and each section, one per area, report and indicator with data
 * (a chart page shares the chart itself), so every page shared on Facebook or
 * Zalo shows what it is.
 */
import type { SiteChart } from './charts/site-charts.ts';
import { areaLabel, areaTitle, hasAreaPage } from './data/areas.ts';
import type { SiteData } from './data/site-data.ts';
import { formatNumber } from './numbers/format.ts';
import type { OgCard } from './og.ts';
import { DEFAULT_OG_CARD } from './og.ts';
import { documentTypes } from './reports/schema.ts';
import { SITE_NAME, SITE_TAGLINE } from './site.ts';

/** The card of each section page, by the name its page passes to the layout. */
export const SECTION_CARDS = {
  home: DEFAULT_OG_CARD,
  reports: 'bao-cao',
  indicators: 'so-lieu',
  charts: 'bieu-do',
  areas: 'dia-ban',
  data: 'du-lieu',
  search: 'tim-kiem',
  about: 'gioi-thieu',
} as const;

export const areaCard = (id: string) => `dia-ban-${id}`;

export function ogCards(data: SiteData, charts: SiteChart[]): OgCard[] {
  const count = (n: number) => formatNumber(n, 'count');
  const areaNames = data.areas.filter((a) => a.parent).map((a) => a.name);
  const scope = `${count(data.reports.size)} văn bản · ${count(data.observations.length)} số liệu · ${count(charts.length)} biểu đồ · ${areaNames.join(', ')}`;
  const section = (name: string, kicker: string, title: string, detail = scope) => ({ name, kicker, title, detail });
  return [
    section(SECTION_CARDS.home, 'Dữ liệu mở', SITE_TAGLINE),
    section(SECTION_CARDS.reports, 'Báo cáo', 'Các báo cáo, nguyên văn, trích dẫn được đến từng đoạn'),
    section(SECTION_CARDS.indicators, 'Số liệu', 'Mọi số liệu trong các báo cáo, mỗi số kèm câu gốc'),
    section(SECTION_CARDS.charts, 'Biểu đồ', 'Biểu đồ so sánh các địa bàn, nhúng và tải về được'),
    section(SECTION_CARDS.areas, 'Địa bàn', `Các địa bàn có báo cáo trên ${SITE_NAME}`),
    section(SECTION_CARDS.data, 'Dữ liệu mở', 'Tải số liệu: CSV, JSON, datapackage.json'),
    section(SECTION_CARDS.search, 'Tìm kiếm', 'Tìm trong báo cáo, số liệu và biểu đồ, gõ có dấu hay không dấu'),
    section(SECTION_CARDS.about, 'Giới thiệu', 'Cách biên tập và kiểm tra văn bản, số liệu'),
    ...data.areas.filter(hasAreaPage).map((a) => ({
      name: areaCard(a.id),
      kicker: 'Địa bàn',
      title: areaTitle(a),
      detail: `${count(data.observations.filter((o) => o.area === a.id).length)} số liệu về ${areaLabel(a)}, mỗi số kèm câu gốc`,
    })),
    ...[...data.reports.values()].map((r) => ({
      name: `bao-cao-${r.slug}`,
      kicker: documentTypes[r.meta.documentType],
      title: r.meta.shortTitle,
      detail: r.meta.issuer,
    })),
    ...data.indicators
      .filter((i) => data.observationsByIndicator.has(i.id))
      .map((i) => ({
        name: `so-lieu-${i.id}`,
        kicker: 'Số liệu',
        title: i.name,
        detail: `${data.observationsByIndicator.get(i.id)!.length} số liệu, mỗi số kèm câu gốc`,
      })),
  ];
}
