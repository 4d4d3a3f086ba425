/**
 * Parsing every edition is the longest step of validation (Markdown, MDX and
 * GFM through micromark, a thousand reports at scale); it runs on every core,
 * each worker taking a share of the files.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EditionParts } from './parse.ts';

export async function parseEditionFiles(files: string[], workers = availableParallelism()): Promise<Map<string, EditionParts>> {
  const shares = Array.from({ length: Math.max(1, Math.min(workers, files.length)) }, (_, i) => files.filter((_, j) => j % workers === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<[string, EditionParts][]>((resolve, reject) => {
          const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: { files: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return new Map(results.flat());
}
