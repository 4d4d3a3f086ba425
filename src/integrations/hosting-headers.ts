/** Write dist/_headers (security headers for static hosts) after the build. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/hosting/policy.ts';

export function hostingHeaders(): AstroIntegration {
  return {
    name: 'bao-cao-mo:hosting-headers',
    hooks: {
      'astro:build:done': ({ dir }) => writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile()),
    },
  };
}
