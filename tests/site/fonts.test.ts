/** The web font carries every character the built pages write that Be Vietnam Pro has: nothing falls back by accident. */
import { readFileSync } from 'node:fs';
import { Blob, Face } from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_CHARACTERS, SITE_FONTS } from '../../src/lib/fonts.ts';
import { assertBuilt, listPages, readPage } from '../support/dist.ts';

beforeAll(assertBuilt);

describe('web font subset', () => {
  it('holds every character of the pages’ text that the font has', () => {
    const used = new Set<string>();
    for (const path of listPages()) for (const char of readPage(path).body?.textContent ?? '') used.add(char);
    const subset = new Set(FONT_CHARACTERS);
    for (const font of SITE_FONTS) {
      const inFont = new Set(new Face(new Blob(readFileSync(font.ttf)), 0).collectUnicodes());
      const missing = [...used].filter((c) => /\S/.test(c) && inFont.has(c.codePointAt(0)!) && !subset.has(c));
      expect(missing, `weight ${font.weight}: characters used on pages but cut from the subset`).toEqual([]);
    }
  });
});
