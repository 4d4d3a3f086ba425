/**
 * A sharded build joined is the site: the project built as two shards side by
 * side (`npm run build -- --shard i/2`) and merged (`npm run merge`) gives
 * dist/ byte for byte, search index included; each shard wrote only its share.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDigest, files } from '../bench/measure.ts';
import { copyProject } from '../support/project-copy.ts';
import { useTempDirs } from '../support/temp.ts';

const root = process.cwd();
const tempDir = useTempDirs();

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
  return new Promise((done, fail) =>
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')}: exit ${code}\n${errors}`)))),
  );
}

describe('sharded build', () => {
  it('merges two shards into the same bytes as one build, each page written by one shard', async () => {
    // Each shard in a project of its own, as on its own runner; then both in one shards/ folder, as the merge job downloads them.
    const [dir, other] = [1, 2].map(() => copyProject(root, tempDir('bcm-shards-'), { content: true, data: true })) as [string, string];
    // The same date as dist/: the copies are no git checkout.
    const env = { SOURCE_DATE_EPOCH: execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim() };
    await Promise.all(
      [dir, other].map((project, i) =>
        run(project, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--shard', `${i + 1}/2`], env),
      ),
    );
    renameSync(join(other, 'shards/2-of-2'), join(dir, 'shards/2-of-2'));
    const shardFiles = ['1-of-2', '2-of-2'].map((name) =>
      files(join(dir, 'shards', name)).map((f) => f.slice(join(dir, 'shards', name).length)),
    );
    // Both shards hold reports; none holds the other's pages.
    for (const own of shardFiles) expect(own.filter((f) => /^\/bao-cao\/[^/]+\/index\.html$/.test(f)).length).toBeGreaterThan(0);
    const [first, second] = shardFiles.map((own) => new Set(own.filter((f) => !f.startsWith('/_astro/') && f !== '/shard.json')));
    expect([...first!].filter((f) => second!.has(f))).toEqual([]);
    expect([...second!].some((f) => f.startsWith('/pagefind/'))).toBe(false);
    await run(dir, [join(root, 'src/cli/merge.ts')], env);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(readdirSync(join(root, 'dist')).sort());
    expect(distDigest(join(dir, 'dist'))).toBe(distDigest(join(root, 'dist')));
  }, 180_000);
});
