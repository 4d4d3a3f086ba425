/**
 * Build the Pagefind index during `astro build`, from the data rather than
 * from the pages (lib/search/records.ts): every figure, every passage of
 * every report, every indicator; chart pages are indexed as built (their
 * labels and notes are what readers search for). Errors from Pagefind stop
 * the build with its own message.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildShard } from '../lib/build/site-shard.ts';
import { siteData } from '../lib/data/site-data.ts';
import { figureRecords, indicatorRecords, reportRecords } from '../lib/search/records.ts';
import { routes } from '../lib/routes.ts';

function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

const BATCH = 64;

async function inBatches<T>(items: readonly T[], add: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await Promise.all(items.slice(i, i + BATCH).map(add));
}

/**
 * Index the figures, indicators and report passages: they come from the data,
 * not the pages, so this starts when the build starts and runs beside it
 * (Pagefind's indexer is a process of its own, so it works on the second core
 * while Astro compiles and renders).
 */
async function indexData(index: pagefind.PagefindIndex): Promise<{ passages: number; records: number }> {
  const data = siteData();
  const records = [...figureRecords(data), ...indicatorRecords(data)];
  const passages = reportRecords(data);
  // Pagefind's service takes the records side by side; one at a time, a large corpus waits on each round trip.
  await inBatches(records, async (record) => check(`record ${record.url}`, (await index.addCustomRecord(record)).errors));
  await inBatches(passages, async ({ url, content }) => check(`passage ${url}`, (await index.addHTMLFile({ url, content })).errors));
  return { passages: passages.length, records: records.length };
}

interface Started {
  index: pagefind.PagefindIndex;
  indexed: Promise<{ passages: number; records: number }>;
}

/** Start Pagefind's indexer and give it the data's records (which need no page): the build does this while Astro renders. */
export function startSearchIndex(): Promise<Started> {
  const started = pagefind.createIndex({ forceLanguage: 'vi' }).then(({ index, errors }) => {
    check('createIndex', errors);
    const indexed = indexData(index!);
    // Failures surface when the pages are written; until then they must not stop the process unhandled.
    indexed.catch(() => undefined);
    return { index: index!, indexed };
  });
  started.catch(() => undefined);
  return started;
}

/** Add the written chart pages of the site in `out` and write its index into out/pagefind; closes the indexer. */
export async function finishSearchIndex(started: Promise<Started>, out: string): Promise<string> {
  try {
    const { index, indexed } = await started;
    const { passages, records } = await indexed;
    // Chart pages are indexed as built: their labels and notes are what readers search for.
    const charts = await index.addDirectory({ path: out, glob: `${routes.charts().slice(1)}*/index.html` });
    check('addDirectory', charts.errors);
    check('writeFiles', (await index.writeFiles({ outputPath: `${out}/pagefind` })).errors);
    return `Pagefind: ${passages} đoạn văn bản, ${records} số liệu và chỉ tiêu, ${charts.page_count} biểu đồ`;
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  let started: Promise<Started> | undefined;
  return {
    name: 'bao-cao-mo:search-index',
    hooks: {
      'astro:build:start': () => {
        // A shard's pages are indexed once joined (`npm run merge`), as one site.
        if (!buildShard()) started = startSearchIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (started) logger.info(await finishSearchIndex(started, fileURLToPath(dir)));
      },
    },
  };
}
