/** The files of a shard's output: what it keeps, its manifest, and what it was built from (lib/build/shard.ts). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DATA_DIR, REPORTS_DIR } from '../data/files.ts';
import { SHARED_ASSETS } from './shard.ts';

/** Written beside a shard's pages; never part of the site. */
export const MANIFEST = 'shard.json';

export interface ShardManifest {
  /** "2/4". */
  shard: string;
  /** sourceDigest() of the tables and editions the shard was built from: shards of different sources are not joined. */
  source: string;
}

/** Every file under a folder, as its path in the site ("/bao-cao/x/index.html"), sorted. */
export function sitePaths(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      return entry.isDirectory() ? sitePaths(root, full) : [`/${relative(root, full).split(sep).join('/')}`];
    })
    .sort();
}

/** Removes the files this shard does not own (and folders left empty); returns how many files stay. */
export function keepOwned(out: string, owns: (path: string) => boolean): number {
  let kept = 0;
  for (const path of sitePaths(out)) {
    if (path.startsWith(SHARED_ASSETS) || owns(path)) kept++;
    else rmSync(join(out, path));
  }
  removeEmptyFolders(out);
  return kept;
}

function removeEmptyFolders(dir: string): boolean {
  const entries = readdirSync(dir, { withFileTypes: true });
  const left = entries.filter((e) => !e.isDirectory() || !removeEmptyFolders(join(dir, e.name))).length;
  if (left > 0) return false;
  rmdirSync(dir);
  return true;
}

/** One hash of the tables and editions (names and bytes). */
export function sourceDigest(dirs: readonly string[] = [DATA_DIR, REPORTS_DIR]): string {
  const hash = createHash('sha256');
  // By position and path inside each folder: runners check the project out at different places.
  dirs.forEach((dir, i) => {
    for (const path of sitePaths(dir))
      hash
        .update(`${i}${path}\0`)
        .update(readFileSync(join(dir, path)))
        .update('\0');
  });
  return hash.digest('hex');
}

export function writeManifest(out: string, manifest: ShardManifest): void {
  writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifest)}\n`);
}

export function readManifest(dir: string): ShardManifest {
  return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as ShardManifest;
}
