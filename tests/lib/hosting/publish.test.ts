import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishPaths, publishStaging, recoverInterrupted } from '../../../src/lib/hosting/publish.ts';
import { useTempDirs } from '../../support/temp.ts';

const tempDir = useTempDirs();
const site = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};

describe('publishing a staged build', () => {
  it('stages beside the output folder, on the same disk, so the swap is a rename', () => {
    expect(publishPaths('/srv/site/dist')).toEqual({
      out: '/srv/site/dist',
      staging: '/srv/site/.dist-staging',
      previous: '/srv/site/.dist-previous',
    });
  });

  it('replaces the output folder with the staged one, leaving nothing beside it', () => {
    const paths = publishPaths(join(tempDir('bcm-publish-'), 'dist'));
    site(paths.out, 'cũ');
    site(paths.staging, 'mới');
    publishStaging(paths);
    expect(readFileSync(join(paths.out, 'index.html'), 'utf8')).toBe('mới');
    expect([existsSync(paths.staging), existsSync(paths.previous)]).toEqual([false, false]);
  });

  it('puts the previous site back when a build stopped between the two renames', () => {
    const paths = publishPaths(join(tempDir('bcm-publish-'), 'dist'));
    site(paths.previous, 'cũ');
    site(paths.staging, 'mới');
    expect(recoverInterrupted(paths)).toEqual(['đã đặt lại bản trước vào dist/', 'đã xoá bản dở dang .dist-staging/']);
    expect(readFileSync(join(paths.out, 'index.html'), 'utf8')).toBe('cũ');
    expect(existsSync(paths.staging)).toBe(false);
  });

  it('finds nothing to say after a build that finished', () => {
    const paths = publishPaths(join(tempDir('bcm-publish-'), 'dist'));
    site(paths.out, 'cũ');
    expect(recoverInterrupted(paths)).toEqual([]);
  });
});
