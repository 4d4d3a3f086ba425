/**
 * Build the Pagefind index at the end of `astro build`: the pages marked with
 * data-pagefind-body (reports, indicators, charts) and one record per
 * observation. Errors from Pagefind stop the build with its own message.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { siteData } from '../lib/data/site-data.ts';
import { observationRecords } from '../lib/search/records.ts';

const RECORD_BATCH = 200;

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
          const pages = await index!.addDirectory({ path: out });
          check('addDirectory', pages.errors);
          const records = observationRecords(siteData());
          // Records go to Pagefind's indexer a batch at a time rather than one round trip each.
          for (let i = 0; i < records.length; i += RECORD_BATCH) {
            const batch = records.slice(i, i + RECORD_BATCH);
            const added = await Promise.all(batch.map((record) => index!.addCustomRecord(record)));
            added.forEach((result, j) => check(`record ${batch[j]!.url}`, result.errors));
          }
          check('writeFiles', (await index!.writeFiles({ outputPath: `${out}/pagefind` })).errors);
          logger.info(`Pagefind: ${pages.page_count} trang, ${records.length} số liệu`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
