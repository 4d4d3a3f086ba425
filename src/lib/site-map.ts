/** Every public page of the site, for sitemap.xml (the test compares it with what was built). */
import type { SiteChart } from './charts/site-charts.ts';
import { hasAreaPage } from './data/areas.ts';
import type { SiteData } from './data/site-data.ts';
import { figurePages } from './pages/figure-pages.ts';
import { indicatorPageHrefs } from './pages/indicator-page.ts';
import { routes } from './routes.ts';

export function publicPages(data: SiteData, charts: SiteChart[]): string[] {
  return [
    routes.home(),
    routes.reports(),
    ...[...data.reports.keys()].map((slug) => routes.report(slug)),
    routes.indicators(),
    ...data.indicators.filter((i) => data.observationsByIndicator.has(i.id)).flatMap((i) => indicatorPageHrefs(data, i.id)),
    ...figurePages(data).map((p) => p.href),
    routes.charts(),
    ...charts.map((c) => routes.chart(c.spec.id)),
    routes.areas(),
    ...data.areas.filter(hasAreaPage).map((a) => routes.area(a.id)),
    routes.data(),
    routes.search(),
    routes.abbreviations(),
    routes.about(),
  ];
}

export function sitemapXml(paths: string[], origin: string): string {
  const urls = paths.map((p) => `  <url><loc>${new URL(p, origin).href}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
