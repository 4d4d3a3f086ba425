import { describe, expect, it } from 'vitest';
import { pageShard, parseShard, shardDir, shardOfArgs, shardOfDir, type ShardPlan } from '../../../src/lib/build/shard.ts';

const plan = (count: number): ShardPlan => ({
  count,
  reports: ['c', 'a', 'b'],
  charts: () => ['lop', 'lop-moi', 'dang-vien'],
  chartFileSuffixes: ['', '-in', '-vuong', '-chia-se'],
});

describe('shards', () => {
  it('reads --shard i/n and refuses anything else, saying what to write', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(shardOfArgs(['node', 'astro', 'build', '--shard', '1/3'])).toEqual({ index: 1, count: 3 });
    expect(shardOfArgs(['node', 'astro', 'build', '--shard=3/3'])).toEqual({ index: 3, count: 3 });
    expect(shardOfArgs(['node', 'astro', 'build'])).toBeUndefined();
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0', ''])
      expect(() => parseShard(bad), bad).toThrow(/cần dạng i\/n với 1 ≤ i ≤ n \(ví dụ --shard 1\/4/);
    expect(() => shardOfArgs(['astro', 'build', '--shard'])).toThrow(/cần dạng i\/n/);
    expect(shardDir({ index: 2, count: 4 })).toBe('shards/2-of-4');
    expect(shardOfDir('2-of-4')).toEqual({ index: 2, count: 4 });
    expect(shardOfDir('.2-of-4-staging')).toBeUndefined();
  });

  it('deals reports and charts out in turn, each with all of its files; everything else to the first shard', () => {
    const p = plan(2);
    // Sorted a, b, c: a → 1, b → 2, c → 1.
    expect(['a', 'b', 'c'].map((slug) => pageShard(p, `/bao-cao/${slug}/index.html`))).toEqual([1, 2, 1]);
    for (const file of ['van-ban-goc.txt', 'in.css', 'trich-dan.json']) expect(pageShard(p, `/bao-cao/b/${file}`)).toBe(2);
    expect(pageShard(p, '/og/bao-cao-b.png')).toBe(2);
    // Sorted dang-vien → 1, lop → 2, lop-moi → 1; a file of "lop-moi" is not taken for "lop".
    for (const file of ['lop/index.html', 'lop.svg', 'lop.csv', 'lop.png', 'lop-in.png', 'lop-vuong.png', 'lop-chia-se.png'])
      expect(pageShard(p, `/bieu-do/${file}`), file).toBe(2);
    for (const file of ['lop-moi/index.html', 'lop-moi.svg', 'lop-moi-in.png']) expect(pageShard(p, `/bieu-do/${file}`), file).toBe(1);
    expect(pageShard(p, '/nhung/lop/index.html')).toBe(2);
    for (const other of [
      '/index.html',
      '/bao-cao/index.html',
      '/bao-cao/feed.xml',
      '/og/bao-cao.png',
      '/bieu-do/index.html',
      '/so-lieu/x/index.html',
      '/_headers',
      '/sitemap.xml',
    ])
      expect(pageShard(p, other), other).toBe(1);
  });

  it('gives every path exactly one shard whatever the count', () => {
    const paths = [
      '/bao-cao/a/index.html',
      '/bao-cao/b/index.html',
      '/bao-cao/c/in.css',
      '/bieu-do/lop-in.png',
      '/nhung/dang-vien/index.html',
      '/index.html',
    ];
    for (const count of [1, 2, 3, 5]) for (const path of paths) expect(pageShard(plan(count), path)).toBeGreaterThanOrEqual(1);
    expect(paths.map((path) => pageShard(plan(1), path)).every((s) => s === 1)).toBe(true);
  });
});
