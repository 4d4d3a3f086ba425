/** A chart's page: downloads, embed code, citation, and the figures it draws with their quotes. */
import { chartCitation, embedSnippet } from '../charts/exports.ts';
import { PNG_SIZES } from '../charts/png.ts';
import type { SiteChart } from '../charts/site-charts.ts';
import { figurePath, observationPath } from '../data/citation.ts';
import type { SiteData } from '../data/site-data.ts';
import { routes } from '../routes.ts';
import { searchFilters } from '../search/filters.ts';
import { RESULT_KINDS } from '../search/vocabulary.ts';

export function chartPage(data: SiteData, chart: SiteChart) {
  const id = chart.spec.id;
  const observations = chart.model.data.map((d) => data.observationById.get(d.observationId)!);
  const reports = [...new Set(observations.map((o) => o.report))].map((slug) => data.reports.get(slug)!.meta);
  const areas = data.areas.filter((a) => observations.some((o) => o.area === a.id));
  return {
    downloads: [
      {
        href: routes.chartFile(id, PNG_SIZES.screen.suffix, 'png'),
        label: 'PNG cho màn hình',
        detail: `rộng ${PNG_SIZES.screen.width.toLocaleString('vi-VN')} điểm ảnh`,
      },
      { href: routes.chartFile(id, PNG_SIZES.print.suffix, 'png'), label: 'PNG để in', detail: '300 dpi, rộng 17 cm — một cột trang A4' },
      { href: routes.chartFile(id, '', 'svg'), label: 'SVG', detail: 'vector, sửa được' },
      { href: routes.chartFile(id, '', 'csv'), label: 'Số liệu của biểu đồ (CSV)', detail: '' },
    ],
    embedHref: routes.embed(id),
    embedSnippet: embedSnippet(chart),
    citation: chartCitation(chart),
    figures: observations.map((o) => ({
      printed: o.printed,
      quote: o.quote,
      href: observationPath(o),
      source: { href: figurePath(o), label: `${data.reports.get(o.report)!.meta.shortTitle}, đoạn ${o.anchor}` },
    })),
    search: {
      filters: searchFilters({ areas, reports, kind: 'chart' }),
      meta: { kind: RESULT_KINDS.chart, area: areas.map((a) => a.name).join(', '), report: reports.map((r) => r.shortTitle).join('; ') },
    },
  };
}
