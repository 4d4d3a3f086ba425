/** The site's static server (src/lib/hosting/static-server.ts) on dist/, at a free port. */
import { serveDirectory, type RunningServer } from '../../src/lib/hosting/static-server.ts';
import { DIST } from './dist.ts';

export type { RunningServer };

export const serveDist = (root = DIST): Promise<RunningServer> => serveDirectory(root);
