/**
 * PNG export with resvg and the shipped Be Vietnam Pro TTFs, so Vietnamese
 * glyphs render the same on any machine (no system-font luck). The print PNG
 * records its resolution (a pHYs chunk), so Word and layout programs place it
 * at its physical size. A chart on white has a few dozen colours (six inks
 * and their anti-aliased edges), so it is stored with a palette: the same
 * pixels in well under half the bytes of resvg's RGBA file.
 */
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { SITE_FONTS } from '../fonts.ts';
import { CARD, type ChartImages } from './images.ts';

/** The site's own font files (lib/fonts.ts), whole: a PNG is drawn once, at build time. */
export const FONT_FILES = SITE_FONTS.map((font) => font.ttf);

const MM_PER_INCH = 25.4;
const POINTS_PER_INCH = 72;
/** The text width of an A5 page with 15 mm margins: where a bulletin prints a chart. */
export const A5_TEXT_WIDTH_MM = 148 - 2 * 15;
export const PRINT_DPI = 300;

/** The PNG files of a chart: which image, and at what size. */
export const PNG_SIZES = {
  // 1200 px: wide enough for a screen at 1,67×, and 30% fewer pixels to draw and store than 2×.
  screen: { suffix: '', image: 'wide', width: 1200 },
  print: { suffix: '-in', image: 'print', width: Math.round((A5_TEXT_WIDTH_MM / MM_PER_INCH) * PRINT_DPI), dpi: PRINT_DPI },
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
  const image = resvg.render();
  const png = withPalette(image) ?? image.asPng();
  return dpi ? withResolution(png, dpi) : png;
}

/** An opaque image of at most 256 colours as an indexed PNG (lossless); undefined when it has more or any transparency. */
function withPalette(image: { pixels: Buffer; width: number; height: number }): Buffer | undefined {
  const { pixels, width, height } = image;
  const colours = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4);
  const index = new Map<number, number>();
  const palette: number[] = [];
  const rows = Buffer.alloc((width + 1) * height);
  // Neighbouring pixels mostly share a colour: look the map up only when it changes.
  let lastColour = -1;
  let lastIndex = 0;
  for (let y = 0, at = 0, pixel = 0; y < height; y++) {
    rows[at++] = 0; // filter: none, the best for indexed images
    for (let x = 0; x < width; x++, pixel++) {
      const colour = colours[pixel]!;
      if (colour !== lastColour) {
        let found = index.get(colour);
        if (found === undefined) {
          if (index.size === 256 || pixels[pixel * 4 + 3] !== 255) return undefined;
          found = index.size;
          index.set(colour, found);
          palette.push(pixels[pixel * 4]!, pixels[pixel * 4 + 1]!, pixels[pixel * 4 + 2]!);
        }
        lastColour = colour;
        lastIndex = found;
      }
      rows[at++] = lastIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indices, colour type 3 (palette), deflate, no filter method, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette)),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
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
