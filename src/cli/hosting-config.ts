/**
 * Write the server configurations for hosts that do not read `_headers`:
 *   npm run hosting-config
 * hosting/nginx.conf, hosting/Caddyfile and hosting/apache.htaccess, from the
 * one definition in src/lib/hosting/policy.ts (a test fails when they are stale).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVER_CONFIGS } from '../lib/hosting/server-configs.ts';

const dir = resolve('hosting');
mkdirSync(dir, { recursive: true });
for (const [name, render] of Object.entries(SERVER_CONFIGS)) {
  writeFileSync(join(dir, name), render());
  console.log(`hosting/${name}`);
}
