/**
 * The site's web font: Be Vietnam Pro, regular and bold, shipped with the site
 * (never from a CDN) and cut down at build time to the Latin and Vietnamese
 * glyphs the site writes, without hinting, so a page's first view loads two
 * small files. Until they arrive the text is set in a local fallback scaled to
 * the same metrics (Capsize), so nothing moves when they do.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import beVietnamPro from '@capsizecss/metrics/beVietnamPro';
import helveticaNeue from '@capsizecss/metrics/helveticaNeue';
import roboto from '@capsizecss/metrics/roboto';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

const FONT_FAMILY = 'Be Vietnam Pro';

/** The two weights the site uses; the TTFs also render the chart PNGs (charts/png.ts). */
export const SITE_FONTS = [
  {
    weight: 400,
    file: 'be-vietnam-pro-400.woff2',
    ttf: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  },
  {
    weight: 700,
    file: 'be-vietnam-pro-700.woff2',
    ttf: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
  },
] as const;

/** Every Vietnamese letter: twelve vowels in six tones, both cases, and đ. */
function vietnameseLetters(): string {
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const letters = [...'aăâeêioôơuưy'].flatMap((vowel) => tones.map((tone) => `${vowel}${tone}`.normalize('NFC')));
  return `${letters.join('')}${letters.join('').toLocaleUpperCase('vi')}đĐ`;
}

/**
 * The punctuation and symbols the pages write (a test keeps this list equal to
 * what they use: each symbol the font carries costs about 50 bytes per weight,
 * so one no page writes is dropped, and one a new report brings is added).
 * The font has no arrows, ⁺ or superscript parentheses: those always come
 * from the system font.
 */
export const FONT_SYMBOLS = '\u00a0“”–—…‰¶·−×≈²¹⁵⁶';

/**
 * The characters the font carries: printable ASCII (anything typed into the
 * search box), every Vietnamese letter, and FONT_SYMBOLS. A character outside
 * this set is drawn by the metric-matched system font.
 */
export const FONT_CHARACTERS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...vietnameseLetters(),
  ...FONT_SYMBOLS,
].join('');

/**
 * The OpenType features kept: kerning and mark placement. The font's others
 * (stylistic sets, fractions, old-style and tabular figures, case forms, the
 * fi/fl ligatures) are set nowhere on the site, yet were a sixth of each file.
 */
export const FONT_FEATURES = ['kern', 'mark', 'mkmk', 'ccmp'];

/**
 * A weight holding only FONT_CHARACTERS and FONT_FEATURES, as WOFF2 for the
 * site (or TrueType, which tests can read); hinting dropped (screens this font
 * is read on do not use it).
 */
export function subsetSiteFont(ttfPath: string, targetFormat: 'woff2' | 'truetype' = 'woff2'): Promise<Buffer> {
  return subsetFont(readFileSync(ttfPath), FONT_CHARACTERS, { targetFormat, noHinting: true, keepFeatures: FONT_FEATURES });
}

/** Local fallbacks in the order devices have them: Windows and most desktops, Apple, Android. */
const FALLBACKS = [arial, helveticaNeue, roboto];

/**
 * The @font-face rules (the two weights, then a metrics-matched face for each
 * fallback) and the font-family stack that uses them, as CSS for the site's
 * stylesheet; the font files sit beside it (integrations/site-fonts.ts).
 */
export function fontCss(): string {
  const { fontFamily, fontFaces } = createFontStack([beVietnamPro, ...FALLBACKS], { fontFaceProperties: { fontDisplay: 'swap' } });
  const faces = SITE_FONTS.map(
    (font) =>
      `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${font.weight};font-display:swap;src:url('./${font.file}') format('woff2')}`,
  );
  return `${faces.join('\n')}\n${fontFaces}\n:root{--font-text:${fontFamily}, system-ui, sans-serif}\n`;
}
