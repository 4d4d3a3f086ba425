/**
 * PNG export with resvg and the shipped Be Vietnam Pro TTFs, so Vietnamese
 * glyphs render the same on any machine (no system-font luck).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
];

/** Screen PNG: twice the SVG width. Print PNG: 300 dpi across a 170 mm A4 text column. */
export const PNG_SIZES = {
  screen: { suffix: '', width: 2 * 720 },
  print: { suffix: '-in', width: Math.ceil((170 / 25.4) * 300) },
} as const;

export function renderPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
