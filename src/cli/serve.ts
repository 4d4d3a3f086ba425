/**
 * Serve the built site the way production does (npm start, after the build):
 *   node src/cli/serve.ts [--port 4321]
 * dist/ with the headers of its `_headers` (the CSP, the framing rule, the
 * asset caching), its 404 page and compression; `astro preview` sends none
 * of the headers, so a page that works there could break in production.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDirectory } from '../lib/hosting/static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } } });
const root = resolve(values.dir);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`${root} chưa có trang: chạy npm run build trước (npm start làm cả hai).`);
  process.exit(1);
}
const server = await serveDirectory(root, { port: Number(values.port) });
console.log(`Báo cáo mở: ${server.origin}/ (tiêu đề bảo mật như khi xuất bản; Ctrl+C để dừng)`);
