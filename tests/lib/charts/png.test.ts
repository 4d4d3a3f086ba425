import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { A5_TEXT_WIDTH_MM, FONT_FILES, PNG_SIZES, pngDpi, printedPoints, renderPng } from '../../../src/lib/charts/png.ts';
import { LAYOUTS } from '../../../src/lib/charts/plots.ts';
import { pngSize } from '../../support/image.ts';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#fff"/><text x="4" y="30" font-size="20">Đức Giang</text></svg>`;

/** The chunks of a PNG, by type. */
function chunks(png: Buffer): Map<string, Buffer[]> {
  const found = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    found.set(type, [...(found.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  return found;
}

describe('chart PNGs', () => {
  it('stores a chart of few colours with a palette, pixel for pixel what resvg drew', () => {
    const png = renderPng(svg, 200);
    const parts = chunks(png);
    expect(parts.get('IHDR')![0]!.readUInt8(9), 'colour type').toBe(3);
    const palette = parts.get('PLTE')![0]!;
    const rows = inflateSync(Buffer.concat(parts.get('IDAT')!));
    const drawn = new Resvg(svg, {
      fitTo: { mode: 'width', value: 200 },
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' },
      background: '#ffffff',
    }).render();
    const { width, height, pixels } = drawn;
    let differing = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = rows[y * (width + 1) + 1 + x]!;
        const p = (y * width + x) * 4;
        if (palette[i * 3] !== pixels[p] || palette[i * 3 + 1] !== pixels[p + 1] || palette[i * 3 + 2] !== pixels[p + 2]) differing++;
      }
    expect(differing).toBe(0);
  });
  it('keeps full colour for an image of more than 256 colours', () => {
    const gradient = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="10"><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#0b62a4"/></linearGradient></defs><rect width="300" height="10" fill="url(#g)"/><rect y="5" width="300" height="5" fill="#a63d00" opacity="0.5"/></svg>`;
    const png = renderPng(gradient, 600);
    expect(chunks(png).get('IHDR')![0]!.readUInt8(9)).toBe(6);
  });
  it('records 300 dpi in the print PNG, and nothing in the others', () => {
    const print = renderPng(svg, 400, 300);
    expect(pngDpi(print)).toBe(300);
    expect(pngSize(print)).toEqual({ width: 400, height: 200 });
    expect(pngDpi(renderPng(svg, 400))).toBeUndefined();
  });
  it('prints the print layout at A5 text width with no text under 7 pt', () => {
    expect(printedPoints(LAYOUTS.medium.font.small, LAYOUTS.medium.width, A5_TEXT_WIDTH_MM)).toBeGreaterThanOrEqual(7);
    // The old print PNG: the 720 layout at A5 text width put 12-unit text at 5,6 pt.
    expect(printedPoints(12, 720, 118)).toBeCloseTo(5.57, 1);
  });
  it('makes the screen PNG at least 1200 pixels wide and the square one 1080', () => {
    expect(PNG_SIZES.screen.width).toBeGreaterThanOrEqual(1200);
    expect(PNG_SIZES.square.width).toBe(1080);
  });
});
