import { describe, expect, it } from 'vitest';
import { A5_TEXT_WIDTH_MM, PNG_SIZES, pngDpi, printedPoints, renderPng } from '../../../src/lib/charts/png.ts';
import { LAYOUTS } from '../../../src/lib/charts/render.ts';
import { pngSize } from '../../support/image.ts';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#fff"/><text x="4" y="30" font-size="20">Đức Giang</text></svg>`;

describe('chart PNGs', () => {
  it('records 300 dpi in the print PNG, and nothing in the others', () => {
    const print = renderPng(svg, 400, 300);
    expect(pngDpi(print)).toBe(300);
    expect(pngSize(print)).toEqual({ width: 400, height: 200 });
    expect(pngDpi(renderPng(svg, 400))).toBeUndefined();
  });
  it('prints the print layout at A5 text width with no text under 7 pt', () => {
    expect(PNG_SIZES.print.width).toBe(Math.round((A5_TEXT_WIDTH_MM / 25.4) * 300));
    expect(printedPoints(LAYOUTS.medium.font.small, LAYOUTS.medium.width, A5_TEXT_WIDTH_MM)).toBeGreaterThanOrEqual(7);
    // The old print PNG: the 720 layout at A5 text width put 12-unit text at 5,6 pt.
    expect(printedPoints(12, 720, 118)).toBeCloseTo(5.57, 1);
  });
  it('makes the screen PNG at least 1200 pixels wide and the square one 1080', () => {
    expect(PNG_SIZES.screen.width).toBeGreaterThanOrEqual(1200);
    expect(PNG_SIZES.square.width).toBe(1080);
  });
});
