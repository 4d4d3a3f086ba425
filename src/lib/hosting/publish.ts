/**
 * Publishing that never leaves half a site: the build writes into a staging
 * folder beside the output folder (dist/ → .dist-staging/), and only when
 * every step has finished (pages, images, search index, headers) is the
 * output folder replaced by it, by renaming. A build that fails or is killed
 * leaves the previous dist/ as it was; the next build clears what it left.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface PublishPaths {
  /** Where the site is published (dist/). */
  out: string;
  /** Where the build writes until it has succeeded. */
  staging: string;
  /** The previous site, for the moment between the two renames. */
  previous: string;
}

export function publishPaths(out: string): PublishPaths {
  const beside = (suffix: string) => join(dirname(out), `.${basename(out)}-${suffix}`);
  return { out, staging: beside('staging'), previous: beside('previous') };
}

/**
 * Before a build: put back a site left aside by a build stopped between its
 * two renames, and remove a staging folder an interrupted build left.
 * Returns what was found, for the build to say.
 */
export function recoverInterrupted({ out, staging, previous }: PublishPaths): string[] {
  const found: string[] = [];
  if (existsSync(previous)) {
    if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
    else {
      renameSync(previous, out);
      found.push(`đã đặt lại bản trước vào ${basename(out)}/`);
    }
  }
  if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    found.push(`đã xoá bản dở dang ${basename(staging)}/`);
  }
  return found;
}

/** After every step succeeded: the staging folder becomes the output folder. Returns the number of top-level entries published. */
export function publishStaging({ out, staging, previous }: PublishPaths): number {
  const entries = readdirSync(staging).length;
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  return entries;
}

/** When a build stops before it published: the half-written staging folder goes; the output folder was never touched. */
export function discardStaging({ staging }: PublishPaths): void {
  rmSync(staging, { recursive: true, force: true });
}

export function keptMessage({ out }: PublishPaths, why: string): string {
  return `${why}: ${basename(out)}/ giữ nguyên bản trước, không tệp nào bị thay hay xoá.`;
}
