/**
 * A throwaway copy of the project to build in: its own content, data,
 * .astro/ and node_modules/.astro caches, so a build of other reports or
 * other tables never touches the real ones (or races a build beside it).
 * node_modules is a folder of links to the real packages.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a copy takes from the project unchanged (public/ only when there is one: everything the site serves may be built). */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function copyProject(root: string, into: string, options: { content?: boolean; data?: boolean } = {}): string {
  for (const entry of PROJECT_FILES) if (existsSync(join(root, entry))) cpSync(join(root, entry), join(into, entry), { recursive: true });
  mkdirSync(join(into, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    // Astro and Vite keep build caches here: the copy needs its own.
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(root, 'node_modules', name), join(into, 'node_modules', name));
  }
  if (options.content) cpSync(join(root, 'content'), join(into, 'content'), { recursive: true });
  else mkdirSync(join(into, 'content/reports'), { recursive: true });
  if (options.data) cpSync(join(root, 'data'), join(into, 'data'), { recursive: true });
  else mkdirSync(join(into, 'data/sources'), { recursive: true });
  return into;
}
