/**
 * Join the shards a sharded build wrote (`npm run build -- --shard i/n` on
 * each of n machines, into shards/i-of-n/) into one dist/, with one search
 * index over the joined site, the same bytes as `npm run build`:
 *   npm run merge            (shards/ → dist/)
 * Refuses a missing, doubled or foreign shard (lib/build/merge.ts). Like the
 * build, it writes into a staging folder and replaces dist/ only at the end.
 */
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { finishSearchIndex, startSearchIndex } from '../integrations/search-index.ts';
import { MergeRefused, shardsToMerge } from '../lib/build/merge.ts';
import { sourceDigest } from '../lib/build/shard-files.ts';
import { discardStaging, keptMessage, publishPaths, publishStaging, recoverInterrupted } from '../lib/hosting/publish.ts';

const { values } = parseArgs({ options: { shards: { type: 'string', default: 'shards' }, out: { type: 'string', default: 'dist' } } });
const paths = publishPaths(resolve(values.out));
let shards;
try {
  shards = shardsToMerge(values.shards, sourceDigest());
} catch (error) {
  if (!(error instanceof MergeRefused)) throw error;
  console.error(`${error.message}\n${keptMessage(paths, 'Không ghép')}`);
  process.exit(1);
}
for (const found of recoverInterrupted(paths)) console.warn(`Lần ghép hay xây dựng trước bị dừng giữa chừng: ${found}.`);
try {
  // The records from the data go to the indexer while the shards are copied.
  const index = startSearchIndex();
  for (const { dir, paths: files } of shards) {
    for (const path of files) {
      mkdirSync(dirname(join(paths.staging, path)), { recursive: true });
      cpSync(join(dir, path), join(paths.staging, path));
    }
  }
  console.log(await finishSearchIndex(index, `${paths.staging}/`));
  publishStaging(paths);
  console.log(`Đã ghép ${shards.length} phần vào ${paths.out}/.`);
} catch (error) {
  discardStaging(paths);
  console.error(keptMessage(paths, 'Ghép không thành công'));
  throw error;
}
