import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MergeRefused, shardsToMerge } from '../../../src/lib/build/merge.ts';
import { writeManifest } from '../../../src/lib/build/shard-files.ts';
import { useTempDirs } from '../../support/temp.ts';

const tempDir = useTempDirs();

/** A shards/ folder: each shard's name and files (path → text); a manifest unless `manifest: false`. */
function shards(
  parts: Record<string, Record<string, string>>,
  options: { manifest?: boolean; source?: Record<string, string> } = {},
): string {
  const root = join(tempDir('bcm-shards-'), 'shards');
  for (const [name, files] of Object.entries(parts)) {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    if (options.manifest !== false) writeManifest(dir, { shard: name.replace('-of-', '/'), source: options.source?.[name] ?? 'S' });
  }
  return root;
}

const refusal = (root: string) => {
  try {
    shardsToMerge(root, 'S');
  } catch (error) {
    expect(error).toBeInstanceOf(MergeRefused);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('merging shards', () => {
  it('takes every shard of one count once, their files without the manifest, the shared assets once', () => {
    const root = shards({
      '1-of-2': { 'index.html': 'a', '_astro/x.css': 'css', 'bao-cao/a/index.html': 'a' },
      '2-of-2': { 'bao-cao/b/index.html': 'b', '_astro/x.css': 'css' },
    });
    const found = shardsToMerge(root, 'S');
    expect(found.map((f) => [f.shard.index, f.paths])).toEqual([
      [1, ['/_astro/x.css', '/bao-cao/a/index.html', '/index.html']],
      [2, ['/_astro/x.css', '/bao-cao/b/index.html']],
    ]);
  });

  it('refuses a missing shard, naming it and the command that builds it', () => {
    expect(refusal(shards({ '1-of-3': { 'index.html': 'a' }, '3-of-3': {} }))).toMatch(/Thiếu phần 2\/3 .*npm run build -- --shard 2\/3/);
    expect(refusal(join(tempDir('bcm-none-'), 'shards'))).toMatch(/Không có phần nào/);
  });

  it('refuses a doubled shard: two ways of splitting, or one page in two shards', () => {
    expect(refusal(shards({ '1-of-2': {}, '2-of-2': {}, '1-of-3': {} }))).toMatch(/những cách chia khác nhau \(1-of-2, 1-of-3, 2-of-2\)/);
    expect(refusal(shards({ '1-of-2': { 'bao-cao/a/index.html': 'a' }, '2-of-2': { 'bao-cao/a/index.html': 'a' } }))).toMatch(
      /\/bao-cao\/a\/index\.html có ở cả phần 1 và phần 2/,
    );
    expect(refusal(shards({ '1-of-2': { '_astro/x.css': 'one' }, '2-of-2': { '_astro/x.css': 'two' } }))).toMatch(
      /\/_astro\/x\.css khác nhau giữa phần 1 và phần 2/,
    );
  });

  it('refuses an unfinished shard, a stray folder, and a shard built from other sources', () => {
    expect(refusal(shards({ '1-of-1': {} }, { manifest: false }))).toMatch(
      /không có shard\.json, phần này chưa dựng xong\. Sửa: npm run build -- --shard 1\/1/,
    );
    expect(refusal(shards({ '1-of-1': {}, 'old-copy': {} }))).toMatch(/old-copy: không phải thư mục của một phần/);
    expect(refusal(shards({ '1-of-2': {}, '2-of-2': {} }, { source: { '2-of-2': 'T' } }))).toMatch(
      /2-of-2: được dựng từ dữ liệu hoặc văn bản khác/,
    );
  });
});
