/** schema.org Report / NewsArticle description of a report edition. */
import { absoluteUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import type { ReportMeta } from './schema.ts';

export function reportJsonLd(meta: ReportMeta, slug: string): Record<string, unknown> {
  const isArticle = meta.documentType === 'bai-bao' || meta.documentType === 'bai-tap-chi' || meta.documentType === 'tin-tuc';
  return {
    '@context': 'https://schema.org',
    '@type': isArticle ? 'NewsArticle' : 'Report',
    headline: meta.shortTitle,
    name: meta.title,
    description: meta.summary,
    inLanguage: 'vi',
    url: absoluteUrl(routes.report(slug)),
    ...(meta.date ? { datePublished: meta.date } : {}),
    ...(meta.documentNumber ? { identifier: meta.documentNumber } : {}),
    author: meta.author ? { '@type': 'Person', name: meta.author } : { '@type': 'Organization', name: meta.issuer },
    ...(meta.outlet ? { publisher: { '@type': 'Organization', name: meta.outlet } } : {}),
    creativeWorkStatus: meta.draft ? 'Draft' : 'Published',
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl(routes.home()) },
  };
}
