/**
 * dist/ is replaced only by a build that finished: a tiny Astro site using
 * the project's publishing integration (src/integrations/atomic-publish.ts)
 * is built once, then built again with a page that throws, and again with a
 * page that never finishes, killed midway. Each time the first site must
 * stay whole, byte for byte, and the build must say so.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { files } from '../bench/measure.ts';
import { useTempDirs } from '../support/temp.ts';

const root = process.cwd();
const INTEGRATION = pathToFileURL(resolve(root, 'src/integrations/atomic-publish.ts')).href;
const tempDir = useTempDirs();
let site = '';

const astro = (args: string[]) => [join(site, 'node_modules/astro/bin/astro.mjs'), ...args];
const build = () => spawnSync(process.execPath, astro(['build']), { cwd: site, encoding: 'utf8', timeout: 60_000 });
const page = (name: string, body: string) => writeFileSync(join(site, 'src/pages', `${name}.astro`), body);
/** A build that renders the other pages, then waits on one that never finishes: resolves once it has reached it. */
async function slowBuild(): Promise<{ child: ChildProcess; output: () => string }> {
  page('cham', '---\nawait new Promise((done) => setTimeout(done, 60_000));\n---\n<p>chậm</p>\n');
  const child = spawn(process.execPath, astro(['build']), { cwd: site, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const started = Date.now();
  while (!/cham/.test(output) && Date.now() - started < 50_000) await new Promise((done) => setTimeout(done, 100));
  return { child, output: () => output };
}
const stopped = (child: ChildProcess) => new Promise<number | null>((done) => child.once('close', done));

const digest = (dir: string) =>
  Object.fromEntries(files(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));

beforeAll(() => {
  site = tempDir('bcm-publish-');
  mkdirSync(join(site, 'src/pages'), { recursive: true });
  mkdirSync(join(site, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(site, 'node_modules', name));
  }
  writeFileSync(join(site, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport { atomicPublish } from '${INTEGRATION}';\nconst publish = atomicPublish();\nexport default defineConfig({ integrations: [publish.stage, publish.swap] });\n`,
  );
  for (const name of ['index', 'mot', 'hai']) page(name, `<html lang="vi"><body><p>Trang ${name}</p></body></html>\n`);
  execFileSync(process.execPath, astro(['build', '--silent']), { cwd: site, stdio: 'ignore' });
}, 60_000);

describe('publishing a build', () => {
  it('a build that finished is in dist/, and nothing is left beside it', () => {
    expect(readFileSync(join(site, 'dist/mot/index.html'), 'utf8')).toContain('Trang mot');
    expect(readdirSync(site).filter((name) => name.startsWith('.dist'))).toEqual([]);
  });

  it('a build that throws leaves the previous dist/ whole and says so', () => {
    const before = digest(join(site, 'dist'));
    page('hong', '---\nthrow new Error("trang hỏng");\n---\n<p>không bao giờ</p>\n');
    try {
      const result = build();
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(
        /Xây dựng không thành công: dist\/ giữ nguyên bản trước, không tệp nào bị thay hay xoá\./,
      );
    } finally {
      rmSync(join(site, 'src/pages/hong.astro'));
    }
    expect(digest(join(site, 'dist'))).toEqual(before);
    expect(existsSync(join(site, '.dist-staging'))).toBe(false);
  }, 60_000);

  it('a build killed midway leaves the previous dist/ whole; the next build clears what it left and says so', async () => {
    const before = digest(join(site, 'dist'));
    try {
      const { child } = await slowBuild();
      expect(existsSync(join(site, '.dist-staging'))).toBe(true);
      child.kill('SIGKILL');
      await stopped(child);
      expect(digest(join(site, 'dist'))).toEqual(before);
    } finally {
      rmSync(join(site, 'src/pages/cham.astro'));
    }
    const next = build();
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(/Lần xây dựng trước bị dừng giữa chừng: đã xoá bản dở dang \.dist-staging\//);
    expect(digest(join(site, 'dist'))).toEqual(before);
  }, 90_000);

  it('a build stopped by a signal says that dist/ was kept', async () => {
    const before = digest(join(site, 'dist'));
    try {
      const { child, output } = await slowBuild();
      child.kill('SIGTERM');
      expect(await stopped(child)).not.toBe(0);
      expect(output()).toMatch(/Xây dựng bị dừng \(SIGTERM\): dist\/ giữ nguyên bản trước/);
    } finally {
      rmSync(join(site, 'src/pages/cham.astro'));
    }
    expect(digest(join(site, 'dist'))).toEqual(before);
    expect(existsSync(join(site, '.dist-staging'))).toBe(false);
  }, 90_000);
});
