/**
 * Build outputs kept between builds, addressed by content: an entry is stored
 * under the hash of everything it is made from (its inputs and the code that
 * makes it), so a changed input or changed code finds no entry and makes the
 * output afresh, and an unchanged one reads back the same bytes. Chart images
 * are the first user: drawing them is pure, slow, and the same from one build
 * to the next for every chart whose data did not change.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** BCM_BUILD_CACHE moves it: the bench starts a scale run from an empty cache to time a clean build. */
export const BUILD_CACHE_DIR = resolve(process.env.BCM_BUILD_CACHE || 'node_modules/.cache/bao-cao-mo/outputs');

/** One hash of several parts; each part is length-prefixed, so ["ab", "c"] and ["a", "bc"] differ. */
export function cacheKey(parts: readonly (string | number | Uint8Array | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = part instanceof Uint8Array ? part : Buffer.from(part === undefined ? '\u0000' : `${typeof part}:${part}`);
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** The stored output for this key, or what `make` returns, stored first. */
export function cached(kind: string, key: string, make: () => Buffer, dir = BUILD_CACHE_DIR): Buffer {
  const file = join(dir, kind, `${key}.bin`);
  return stored(file) ?? store(file, make());
}

/** The same for an output made asynchronously (in a worker thread). */
export async function cachedAsync(kind: string, key: string, make: () => Promise<Buffer>, dir = BUILD_CACHE_DIR): Promise<Buffer> {
  const file = join(dir, kind, `${key}.bin`);
  return stored(file) ?? store(file, await make());
}

function stored(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // Not made yet.
  }
}

/** Written whole, then renamed: a build beside this one never reads half a file. */
function store(file: string, value: Buffer): Buffer {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.tmp`;
  writeFileSync(partial, value);
  renameSync(partial, file);
  return value;
}
