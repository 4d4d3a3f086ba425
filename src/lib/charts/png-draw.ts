/**
 * Drawing a chart's PNG: resvg with the site's font files, then a palette
 * where the image allows one, and the resolution for print. The build runs
 * this module in worker threads too (png.ts), straight from its source, so it
 * imports nothing but Node and resvg.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

export const MM_PER_INCH = 25.4;

/** What a worker is started with: the font files to draw with and the paper colour (design tokens, passed in: this module imports nothing of the site). */
export interface DrawingWorkerData {
  drawsPng: true;
  fontFiles: string[];
  background: string;
}

/** One PNG to draw, as a worker receives it, and what it sends back. */
export interface DrawingJob {
  svg: string;
  width: number;
  dpi?: number;
}
export type DrawingResult = { png: Uint8Array } | { error: string };

export function drawPng(svg: string, width: number, dpi: number | undefined, fontFiles: string[], background: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' },
    background,
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
    pngChunk('IHDR', header),
    pngChunk('PLTE', Buffer.from(palette)),
    pngChunk('IDAT', deflateSync(rows, { level: 6 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC of type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
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
  return Buffer.concat([png.subarray(0, afterHeader), pngChunk('pHYs', data), png.subarray(afterHeader)]);
}

if (!isMainThread && (workerData as DrawingWorkerData | undefined)?.drawsPng) {
  const { fontFiles, background } = workerData as DrawingWorkerData;
  parentPort!.on('message', ({ svg, width, dpi }: DrawingJob) => {
    let result: DrawingResult;
    try {
      result = { png: drawPng(svg, width, dpi, fontFiles, background) };
    } catch (error) {
      result = { error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(result);
  });
}
