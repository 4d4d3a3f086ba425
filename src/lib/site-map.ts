/** Every public page of the site, for sitemap.xml (the test compares it with what was built). */
import type { SiteChart } from './charts/site-charts.ts';
import type { SiteData } from './data/site-data.ts';

export function publicPages(data: SiteData, charts: SiteChart[]): string[] {
  return [
    '/',
    '/bao-cao/',
    ...[...data.reports.keys()].map((slug) => `/bao-cao/${slug}/`),
    '/so-lieu/',
    ...data.indicators.filter((i) => data.observationsByIndicator.has(i.id)).map((i) => `/so-lieu/${i.id}/`),
    '/bieu-do/',
    ...charts.map((c) => `/bieu-do/${c.spec.id}/`),
    ...data.areas.filter((a) => a.level !== 'thanh-pho').map((a) => `/dia-ban/${a.id}/`),
    '/du-lieu/',
    '/tim-kiem/',
    '/gioi-thieu/',
  ];
}

export function sitemapXml(paths: string[], origin: string): string {
  const urls = paths.map((p) => `  <url><loc>${new URL(p, origin).href}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
