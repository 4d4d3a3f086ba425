import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cached, cacheKey } from '../../src/lib/build-cache.ts';

describe('build cache', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'bcm-cache-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('keys on every part and where parts split', () => {
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
    expect(cacheKey(['svg', 1200, undefined])).not.toBe(cacheKey(['svg', 1200, 300]));
    expect(cacheKey(['1'])).not.toBe(cacheKey([1]));
    expect(cacheKey([Buffer.from('x'), 'y'])).toBe(cacheKey([Buffer.from('x'), 'y']));
  });

  it('makes an output once per key and reads back the same bytes', () => {
    const at = dir();
    let made = 0;
    const make = (text: string) => () => (made++, Buffer.from(text));
    expect(cached('png', cacheKey(['a']), make('first'), at).toString()).toBe('first');
    expect(cached('png', cacheKey(['a']), make('second'), at).toString()).toBe('first');
    expect(cached('png', cacheKey(['b']), make('third'), at).toString()).toBe('third');
    expect(made).toBe(2);
    expect(readdirSync(join(at, 'png')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
