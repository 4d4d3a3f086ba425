import { Blob, Buffer as ShapeBuffer, Face, Font, shape } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { FONT_CHARACTERS, FONT_FEATURES, SITE_FONTS, subsetSiteFont } from '../../src/lib/fonts.ts';

describe('subsetSiteFont', () => {
  for (const font of SITE_FONTS) {
    it(`keeps kerning and the site's characters, and nothing else, at weight ${font.weight}`, async () => {
      const face = new Face(new Blob(await subsetSiteFont(font.ttf, 'truetype')), 0);
      const features = new Set([...face.getTableFeatureTags('GSUB'), ...face.getTableFeatureTags('GPOS')]);
      expect(features.has('kern')).toBe(true);
      expect([...features].filter((tag) => !FONT_FEATURES.includes(tag))).toEqual([]);
      expect(new Set(face.collectUnicodes())).toEqual(new Set([...FONT_CHARACTERS].map((c) => c.codePointAt(0))));

      // Kerning still applies: "AV" is set tighter than its two letters apart.
      const advance = (text: string) => {
        const buffer = new ShapeBuffer();
        buffer.addText(text);
        buffer.guessSegmentProperties();
        shape(new Font(face), buffer);
        return buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
      };
      expect(advance('AV')).toBeLessThan(advance('A') + advance('V'));
    });
  }
});
