/**
 * A minimal static server for dist/, the way a static host serves it
 * (headers from its `_headers`, 404 page, compression): `npm start` serves
 * the site with it, and the browser tests and the bench run against it, so
 * both see the headers production sends.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Text is sent compressed when the client accepts it, as static hosts do (brotli where
 * the browser takes it, as Netlify and Cloudflare Pages send it; else gzip): Lighthouse,
 * the weight measurements and the latency bench must see the bytes a reader downloads.
 */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.txt', '.csv', '.svg', '.xml']);

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a directory; when it has a _headers file, its headers are applied as a static host would. */
export async function serveDirectory(root: string, { host = '127.0.0.1', port = 0 } = {}): Promise<RunningServer> {
  const rules = existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
  // The files do not change while the server runs: compress each once, not on every request.
  const compressed = new Map<string, Buffer>();
  const compress = (file: string, encoding: 'br' | 'gzip') => {
    const key = `${encoding}:${file}`;
    let body = compressed.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body =
        encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
      compressed.set(key, body);
    }
    return body;
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) res.setHeader(name, value);
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Không tìm thấy');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    if (COMPRESSIBLE.has(extname(file)) && encoding) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': encoding, Vary: 'Accept-Encoding' }).end(compress(file, encoding));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
