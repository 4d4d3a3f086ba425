/** schema.org Dataset description of the open data, with one distribution per file. */
import { absoluteUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import { LICENSE, type Table } from './export.ts';
import type { Holdings } from './holdings.ts';

export function datasetJsonLd(tables: Table[], holdings: Holdings): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${SITE_NAME}: số liệu từ các báo cáo xây dựng Đảng ở ${holdings.city}`,
    description: `Mọi con số in trong ${holdings.reports} về công tác xây dựng Đảng của ${holdings.areas} (${holdings.city}): ${holdings.observations}, mỗi số kèm câu trích nguyên văn và liên kết đến đoạn văn.`,
    inLanguage: 'vi',
    url: absoluteUrl(routes.data()),
    license: LICENSE.path,
    spatialCoverage: `${holdings.city}, Việt Nam`,
    creator: { '@type': 'Organization', name: SITE_NAME },
    distribution: [
      ...tables.map((t) => ({ '@type': 'DataDownload', name: t.title, encodingFormat: 'text/csv', contentUrl: absoluteUrl(routes.dataFile(t.path)) })),
      { '@type': 'DataDownload', name: 'Tất cả bảng (JSON)', encodingFormat: 'application/json', contentUrl: absoluteUrl(routes.dataFile('bao-cao-mo.json')) },
    ],
  };
}
