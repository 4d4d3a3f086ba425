import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// An empty build cache of this file's own, so the workers really draw.
const cache = mkdtempSync(join(tmpdir(), 'bcm-png-workers-'));
process.env.BCM_BUILD_CACHE = cache;
const { FONT_FILES, renderPng, renderPngInWorker } = await import('../../../src/lib/charts/png.ts');
const { drawPng } = await import('../../../src/lib/charts/png-draw.ts');
const { COLORS } = await import('../../../src/lib/charts/plots.ts');
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="26" font-size="16">${text}</text></svg>`;

describe('chart PNGs drawn in worker threads', () => {
  it('draws the same bytes as the build thread, many at once, and keeps them in the build cache', async () => {
    const jobs = ['Đống Đa', 'Long Biên', 'Đức Giang'].flatMap((text) => [
      { svg: svg(text), width: 240, dpi: undefined },
      { svg: svg(text), width: 480, dpi: 300 },
    ]);
    const drawn = await Promise.all(jobs.map((j) => renderPngInWorker(j.svg, j.width, j.dpi)));
    drawn.forEach((png, i) => expect(png.equals(drawPng(jobs[i]!.svg, jobs[i]!.width, jobs[i]!.dpi, FONT_FILES, COLORS.paper))).toBe(true));
    expect(readdirSync(join(cache, 'png')).filter((f) => f.endsWith('.bin'))).toHaveLength(jobs.length);
    // Read back, not drawn again: the same bytes from either entry point.
    expect(renderPng(jobs[3]!.svg, jobs[3]!.width, jobs[3]!.dpi).equals(drawn[3]!)).toBe(true);
    // Each worker loads resvg and the fonts before its first image: seconds on a busy machine.
  }, 30_000);

  it('fails the image, not the process, when the SVG cannot be drawn', async () => {
    await expect(renderPngInWorker('<svg', 100)).rejects.toThrow(/PNG/);
  }, 30_000);
});
