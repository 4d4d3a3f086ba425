/** The web font carries every character the built pages write that Be Vietnam Pro has: nothing falls back by accident. */
import { readFileSync } from 'node:fs';
import { Blob, Face } from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_CHARACTERS, FONT_SYMBOLS, SITE_FONTS } from '../../src/lib/fonts.ts';
import { assertBuilt, listPages, readPage } from '../support/dist.ts';

beforeAll(assertBuilt);

describe('web font subset', () => {
  const used = new Set<string>();
  beforeAll(() => {
    for (const path of listPages()) for (const char of readPage(path).body?.textContent ?? '') used.add(char);
  });
  it('holds every character of the pages’ text that the font has', () => {
    const subset = new Set(FONT_CHARACTERS);
    for (const font of SITE_FONTS) {
      const inFont = new Set(new Face(new Blob(readFileSync(font.ttf)), 0).collectUnicodes());
      const missing = [...used].filter((c) => /\S/.test(c) && inFont.has(c.codePointAt(0)!) && !subset.has(c));
      expect(
        missing,
        `weight ${font.weight}: characters used on pages but cut from the subset (add them to FONT_SYMBOLS in src/lib/fonts.ts)`,
      ).toEqual([]);
    }
  });
  it('carries no symbol that no page writes', () => {
    const unused = [...FONT_SYMBOLS].filter((c) => !used.has(c));
    expect(unused, 'symbols in FONT_SYMBOLS (src/lib/fonts.ts) that no page uses: remove them, each costs every reader bytes').toEqual([]);
  });
});
