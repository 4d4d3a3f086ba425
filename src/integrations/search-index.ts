/**
 * Build the Pagefind index at the end of `astro build`, from the data rather
 * than from the pages (lib/search/records.ts): every figure, every passage of
 * every report, every indicator; chart pages are indexed as built (their
 * labels and notes are what readers search for). Errors from Pagefind stop
 * the build with its own message.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { siteData } from '../lib/data/site-data.ts';
import { figureRecords, indicatorRecords, reportRecords } from '../lib/search/records.ts';
import { routes } from '../lib/routes.ts';

function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'bao-cao-mo:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        check('createIndex', errors);
        try {
          const charts = await index!.addDirectory({ path: out, glob: `${routes.charts().slice(1)}*/index.html` });
          check('addDirectory', charts.errors);
          const data = siteData();
          const records = [...figureRecords(data), ...indicatorRecords(data)];
          for (const record of records) check(`record ${record.url}`, (await index!.addCustomRecord(record)).errors);
          const passages = reportRecords(data);
          for (const { url, content } of passages) check(`passage ${url}`, (await index!.addHTMLFile({ url, content })).errors);
          check('writeFiles', (await index!.writeFiles({ outputPath: `${out}/pagefind` })).errors);
          logger.info(`Pagefind: ${passages.length} đoạn văn bản, ${records.length} số liệu và chỉ tiêu, ${charts.page_count} biểu đồ`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
