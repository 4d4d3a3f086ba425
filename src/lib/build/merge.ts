/**
 * `npm run merge`: the shards in shards/ (lib/build/shard.ts) joined into one
 * site. Joined only when they make exactly one whole: every shard 1…n of one
 * count, each once, built from the same tables and editions as the project
 * now has, no page in two shards, the shared built assets the same bytes in
 * each. Otherwise refused, saying which shard and what to do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, readManifest, sitePaths } from './shard-files.ts';
import { shardOfDir, SHARED_ASSETS, type Shard } from './shard.ts';

export class MergeRefused extends Error {}

export interface FoundShard {
  dir: string;
  shard: Shard;
  /** Its files as paths in the site, the manifest left out. */
  paths: string[];
}

/** The shards under `root` (shards/), checked to make one whole site from `source` (lib/build/shard-files.ts, sourceDigest). */
export function shardsToMerge(root: string, source: string): FoundShard[] {
  const run = (shard: Shard) => `npm run build -- --shard ${shard.index}/${shard.count}`;
  // Dot folders are a build's staging, never a finished shard.
  const names = existsSync(root) ? readdirSync(root).filter((name) => !name.startsWith('.')) : [];
  if (!names.length)
    throw new MergeRefused(`Không có phần nào trong ${root}/. Sửa: dựng từng phần bằng npm run build -- --shard i/n rồi chạy lại.`);
  const found = names.map((name) => {
    const shard = shardOfDir(name);
    if (!shard)
      throw new MergeRefused(
        `${root}/${name}: không phải thư mục của một phần (tên dạng i-of-n). Sửa: xoá hoặc chuyển nó ra khỏi ${root}/.`,
      );
    return { name, dir: join(root, name), shard };
  });
  const counts = [...new Set(found.map((f) => f.shard.count))];
  if (counts.length > 1)
    throw new MergeRefused(
      `${root}/ có các phần của những cách chia khác nhau (${found.map((f) => f.name).join(', ')}): một trang sẽ có hai lần. Sửa: giữ lại các phần của một cách chia.`,
    );
  const count = counts[0]!;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !found.some((f) => f.shard.index === index));
  if (missing.length)
    throw new MergeRefused(
      `Thiếu ${missing.map((index) => `phần ${index}/${count} (${root}/${index}-of-${count})`).join(', ')}. Sửa: ${missing.map((index) => run({ index, count })).join('; ')}.`,
    );
  for (const f of found) {
    if (!existsSync(join(f.dir, MANIFEST)))
      throw new MergeRefused(`${f.dir}: không có ${MANIFEST}, phần này chưa dựng xong. Sửa: ${run(f.shard)}.`);
    const manifest = readManifest(f.dir);
    if (manifest.shard !== `${f.shard.index}/${f.shard.count}`)
      throw new MergeRefused(
        `${f.dir}: ${MANIFEST} ghi phần ${manifest.shard}, không phải ${f.shard.index}/${f.shard.count}. Sửa: ${run(f.shard)}.`,
      );
    if (manifest.source !== source)
      throw new MergeRefused(`${f.dir}: được dựng từ dữ liệu hoặc văn bản khác với bản hiện có. Sửa: ${run(f.shard)} trên đúng bản này.`);
  }
  const shards = found
    .sort((a, b) => a.shard.index - b.shard.index)
    .map(({ dir, shard }) => ({ dir, shard, paths: sitePaths(dir).filter((p) => p !== `/${MANIFEST}`) }));
  const owner = new Map<string, FoundShard>();
  for (const s of shards) {
    for (const path of s.paths) {
      const first = owner.get(path);
      if (!first) owner.set(path, s);
      else if (!path.startsWith(SHARED_ASSETS))
        throw new MergeRefused(
          `${path} có ở cả phần ${first.shard.index} và phần ${s.shard.index}: các phần phải rời nhau. Sửa: dựng lại hai phần này.`,
        );
      else if (!readFileSync(join(first.dir, path)).equals(readFileSync(join(s.dir, path))))
        throw new MergeRefused(
          `${path} khác nhau giữa phần ${first.shard.index} và phần ${s.shard.index}: hai phần được dựng từ mã khác nhau. Sửa: dựng lại mọi phần từ cùng một bản.`,
        );
    }
  }
  return shards;
}
