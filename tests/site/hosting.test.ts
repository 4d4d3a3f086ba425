/**
 * What travels with the built site to any host: every page carries the CSP
 * as a <meta http-equiv> (for hosts that send no headers), and `npm start`
 * serves dist/ with the headers production sends.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/lib/hosting/headers.ts';
import { contentSecurityPolicy } from '../../src/lib/hosting/policy.ts';
import { assertBuilt, DIST, listPages, readPage } from '../support/dist.ts';

beforeAll(assertBuilt);

describe('the CSP in every page', () => {
  it('is the first thing after the charset, so it governs everything the page loads', () => {
    const pages = listPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const head = readPage(path).head;
      const second = head.children[1];
      expect(second?.getAttribute('http-equiv'), path).toBe('Content-Security-Policy');
      expect(second?.getAttribute('content'), path).toBe(contentSecurityPolicy());
    }
  });
});

describe('npm start', () => {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  let origin = '';
  let stop = () => {};
  beforeAll(async () => {
    const server = spawn(process.execPath, ['src/cli/serve.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    stop = () => server.kill();
    origin = await new Promise((done) =>
      server.stdout.on('data', (chunk: Buffer) => done(/http:\/\/\S+?(?=\/ )/.exec(String(chunk))?.[0] ?? '')),
    );
  });
  afterAll(() => stop());

  it('serves each kind of path with the headers of _headers', async () => {
    const embed = listPages().find((p) => p.startsWith('/nhung/'))!;
    const asset = readPage('/').querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
    for (const path of ['/', '/bao-cao/', embed, asset, '/du-lieu/observations.csv']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(headersFor(rules, path)))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
    expect((await fetch(`${origin}/khong-co/`)).status).toBe(404);
  });
});
