/** A chart's page: downloads, embed code, which file to use where, citation, and the figures it draws with their quotes. */
import { chartCitation, embedSnippet } from '../charts/exports.ts';
import { CARD } from '../charts/images.ts';
import { A5_TEXT_WIDTH_MM, PNG_SIZES } from '../charts/png.ts';
import type { SiteChart } from '../charts/site-charts.ts';
import { areaLabel } from '../data/areas.ts';
import { figurePath } from '../data/citation.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatNumber } from '../numbers/format.ts';
import { routes } from '../routes.ts';
import { searchFilters } from '../search/filters.ts';
import { RESULT_KINDS } from '../search/vocabulary.ts';
import { anchorLabel } from '../data/observation-rows.ts';
import { observationPath } from './indicator-page.ts';

const pixels = (n: number) => formatNumber(n, 'count');

export function chartPage(data: SiteData, chart: SiteChart) {
  const id = chart.spec.id;
  const observations = chart.model.data.map((d) => data.observationById.get(d.observationId)!);
  const reports = [...new Set(observations.map((o) => o.report))].map((slug) => data.reports.get(slug)!.meta);
  const areas = data.areas.filter((a) => observations.some((o) => o.area === a.id));
  const png = (size: (typeof PNG_SIZES)[keyof typeof PNG_SIZES]) => routes.chartFile(id, size.suffix, 'png');
  const feed = chart.images.square;
  const feedHeight = Math.round((PNG_SIZES.square.width * feed.height) / feed.width);
  const feedShape =
    feed.height === feed.width ? 'vuông' : feed.height * 4 === feed.width * 5 ? 'dọc 4:5' : 'dọc dài (bảng tin hiện phần đầu)';
  return {
    /**
     * The title search results show and rank by: the chart's, without the area it names (the result says the
     * area on its own line), so that a search for an area lands on its reports before its many charts.
     * Commas would split Pagefind's meta attribute.
     */
    searchTitle: areas.reduce((title, area) => title.replace(`, ${areaLabel(area)}`, ''), chart.model.title).replace(/,/g, ' –'),
    downloads: [
      { href: png(PNG_SIZES.screen), label: 'PNG cho màn hình, trang web', detail: `rộng ${pixels(PNG_SIZES.screen.width)} điểm ảnh` },
      {
        href: png(PNG_SIZES.print),
        label: 'PNG để in, chèn vào Word',
        detail: `${PNG_SIZES.print.dpi} dpi, rộng ${formatNumber(A5_TEXT_WIDTH_MM / 10, 'figure')} cm — vừa khổ chữ trang A5, chữ nhỏ nhất trên 7 pt`,
      },
      {
        href: png(PNG_SIZES.square),
        label: 'PNG cho mạng xã hội',
        detail: `Facebook, Zalo: ${pixels(PNG_SIZES.square.width)} × ${pixels(feedHeight)} điểm ảnh, ${feedShape}`,
      },
      {
        href: png(PNG_SIZES.card),
        label: 'Ảnh chia sẻ',
        detail: `${pixels(CARD.width)} × ${pixels(CARD.height)} điểm ảnh, biểu đồ không kèm ghi chú, cho bài đăng có liên kết`,
      },
      { href: routes.chartFile(id, '', 'svg'), label: 'SVG', detail: 'vector, sửa được' },
      { href: routes.chartFile(id, '', 'csv'), label: 'Số liệu của biểu đồ (CSV)', detail: 'giá trị như biểu đồ ghi và giá trị chính xác' },
    ],
    ogImagePath: png(PNG_SIZES.card),
    embedHref: routes.embed(id),
    embedSnippet: embedSnippet(chart),
    citation: chartCitation(chart),
    origin:
      chart.origin === 'rule'
        ? 'Các số chỉ đứng cạnh nhau khi đếm cùng một thứ (cùng đơn vị, phạm vi, nhóm); số năm theo lời văn bản; phường với quận chỉ so bằng tỷ lệ.'
        : 'Biểu đồ do ban biên tập chọn số liệu; vẫn qua cùng các phép kiểm tra so sánh như mọi biểu đồ.',
    figures: observations.map((o) => ({
      printed: o.printed,
      quote: o.quote,
      href: observationPath(data, o),
      source: { href: figurePath(o), label: `${data.reports.get(o.report)!.meta.shortTitle}, ${anchorLabel(o.anchor)}` },
    })),
    search: {
      filters: searchFilters({ areas, reports, kind: 'chart' }),
      meta: { kind: RESULT_KINDS.chart, area: areas.map((a) => a.name).join(', '), report: reports.map((r) => r.shortTitle).join('; ') },
    },
  };
}
