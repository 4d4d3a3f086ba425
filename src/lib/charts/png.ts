/**
 * PNG export with resvg and the shipped Be Vietnam Pro TTFs, so Vietnamese
 * glyphs render the same on any machine (no system-font luck). The print PNG
 * records its resolution (a pHYs chunk), so Word and layout programs place it
 * at its physical size.
 */
import { createRequire } from 'node:module';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { CARD, type ChartImages } from './images.ts';
import { LAYOUTS } from './render.ts';

const require = createRequire(import.meta.url);
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
];

const MM_PER_INCH = 25.4;
const POINTS_PER_INCH = 72;
/** The text width of an A5 page with 15 mm margins: where a bulletin prints a chart. */
export const A5_TEXT_WIDTH_MM = 148 - 2 * 15;
export const PRINT_DPI = 300;

/** The PNG files of a chart: which image, and at what size. */
export const PNG_SIZES = {
  screen: { suffix: '', image: 'wide', width: 2 * LAYOUTS.wide.width },
  print: { suffix: '-in', image: 'medium', width: Math.round((A5_TEXT_WIDTH_MM / MM_PER_INCH) * PRINT_DPI), dpi: PRINT_DPI },
  square: { suffix: '-vuong', image: 'square', width: 1080 },
  card: { suffix: '-chia-se', image: 'card', width: CARD.width },
} as const satisfies Record<string, { suffix: string; image: Exclude<keyof ChartImages, 'page'>; width: number; dpi?: number }>;

/** Point size of text `fontSize` units high in an image `imageWidth` units wide, printed `printedWidthMm` wide. */
export function printedPoints(fontSize: number, imageWidth: number, printedWidthMm: number): number {
  return (fontSize / imageWidth) * (printedWidthMm / MM_PER_INCH) * POINTS_PER_INCH;
}

export function renderPng(svg: string, width: number, dpi?: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' },
    background: '#ffffff',
  });
  const png = recompressed(resvg.render().asPng());
  return dpi ? withResolution(png, dpi) : png;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * resvg compresses for speed; deflating the same scanlines again at level 6
 * makes chart PNGs about a fifth smaller for a few milliseconds each (one
 * build writes hundreds of them).
 */
function recompressed(png: Buffer): Buffer {
  const kept: Buffer[] = [];
  const image: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') image.push(png.subarray(at + 8, at + 8 + length));
    else if (type !== 'IEND') kept.push(png.subarray(at, at + 12 + length));
    at += 12 + length;
  }
  const data = deflateSync(inflateSync(Buffer.concat(image)), { level: 6, memLevel: 9 });
  return Buffer.concat([png.subarray(0, 8), ...kept, chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

/** A pHYs chunk after IHDR: pixels per metre on both axes. */
function withResolution(png: Buffer, dpi: number): Buffer {
  const perMetre = Math.round((dpi / MM_PER_INCH) * 1000);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(perMetre, 0);
  data.writeUInt32BE(perMetre, 4);
  data.writeUInt8(1, 8);
  // Signature (8 bytes) and IHDR (4 + 4 + 13 + 4 bytes) come first.
  const afterHeader = 8 + 25;
  return Buffer.concat([png.subarray(0, afterHeader), chunk('pHYs', data), png.subarray(afterHeader)]);
}

/** The resolution a PNG records, in dots per inch (undefined without a pHYs chunk in metres). */
export function pngDpi(png: Buffer): number | undefined {
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'pHYs' && png.readUInt8(at + 16) === 1) return Math.round((png.readUInt32BE(at + 8) * MM_PER_INCH) / 1000);
    if (type === 'IDAT') return undefined;
    at += 12 + length;
  }
  return undefined;
}
