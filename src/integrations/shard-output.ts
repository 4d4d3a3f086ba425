/**
 * A shard's build (`npm run build -- --shard i/n`, lib/build/shard.ts) keeps
 * only the files its shard owns, and says which shard it is and what it was
 * built from (shard.json), for `npm run merge` to check. Pages of other shards
 * are not rendered (the routes ask lib/build/site-shard.ts); what every build
 * writes regardless (pages without parameters, the headers file) is removed
 * here unless this shard owns it. Runs after every other step, before the swap.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildShard, ownsPath } from '../lib/build/site-shard.ts';
import { keepOwned, sourceDigest, writeManifest } from '../lib/build/shard-files.ts';

export function shardOutput(): AstroIntegration {
  return {
    name: 'bao-cao-mo:shard-output',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const shard = buildShard();
        if (!shard) return;
        const out = fileURLToPath(dir).replace(/[\\/]$/, '');
        const kept = keepOwned(out, ownsPath);
        writeManifest(out, { shard: `${shard.index}/${shard.count}`, source: sourceDigest() });
        logger.info(`Phần ${shard.index}/${shard.count}: ${kept} tệp.`);
      },
    },
  };
}
