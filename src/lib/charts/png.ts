/**
 * PNG export with resvg and the shipped Be Vietnam Pro TTFs, so Vietnamese
 * glyphs render the same on any machine (no system-font luck). The print PNG
 * records its resolution (a pHYs chunk), so Word and layout programs place it
 * at its physical size. A chart on white has a few dozen colours (six inks
 * and their anti-aliased edges), so it is stored with a palette: the same
 * pixels in well under half the bytes of resvg's RGBA file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cached, cachedAsync, cacheKey } from '../build-cache.ts';
import { SITE_FONTS } from '../fonts.ts';
import { CARD, type ChartImages } from './images.ts';
import { drawPng, MM_PER_INCH, type DrawingJob, type DrawingResult, type DrawingWorkerData } from './png-draw.ts';
import { COLORS } from './plots.ts';

/** The site's own font files (lib/fonts.ts), whole: a PNG is drawn once, at build time. */
export const FONT_FILES = SITE_FONTS.map((font) => font.ttf);

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

/**
 * The drawing code as workers run it: from source, found from the project
 * root like the data (lib/data/files.ts), because a build bundles this module
 * and a worker needs a file of its own.
 */
const DRAWING_MODULE = resolve('src/lib/charts/png-draw.ts');

/** What a PNG is made with besides its SVG: the drawing code, the renderer's version and the font files. */
const DRAWING_TOOLS = cacheKey([
  readFileSync(DRAWING_MODULE),
  createRequire(import.meta.url)('@resvg/resvg-js/package.json').version,
  COLORS.paper,
  ...FONT_FILES.map((file) => readFileSync(file)),
]);

const pngKey = (svg: string, width: number, dpi?: number) => cacheKey([DRAWING_TOOLS, svg, width, dpi]);

/** The PNG of an SVG at a width (and resolution, for print); drawn once per content, then read from the build cache. */
export function renderPng(svg: string, width: number, dpi?: number): Buffer {
  return cached('png', pngKey(svg, width, dpi), () => drawPng(svg, width, dpi, FONT_FILES, COLORS.paper));
}

/**
 * The same PNG drawn in a worker thread, one per core: the build asks for
 * several images at once (astro.config.mjs, build.concurrency) and draws them
 * on every core while it writes pages on its own thread.
 */
export function renderPngInWorker(svg: string, width: number, dpi?: number): Promise<Buffer> {
  return cachedAsync('png', pngKey(svg, width, dpi), () => new Promise((done, fail) => enqueue({ job: { svg, width, dpi }, done, fail })));
}

interface Queued {
  job: DrawingJob;
  done: (png: Buffer) => void;
  fail: (error: Error) => void;
}

/** Workers started when the first image is asked for; an idle worker does not keep the process alive. */
const drawing = { waiting: [] as Queued[], idle: [] as Worker[], running: new Map<Worker, Queued>(), started: false };

function enqueue(queued: Queued): void {
  if (!drawing.started) startWorkers();
  drawing.waiting.push(queued);
  const worker = drawing.idle.pop();
  if (worker) next(worker);
}

function startWorkers(): void {
  drawing.started = true;
  const workerData: DrawingWorkerData = { drawsPng: true, fontFiles: FONT_FILES, background: COLORS.paper };
  for (let i = 0; i < availableParallelism(); i++) {
    const worker = new Worker(DRAWING_MODULE, { workerData });
    worker.on('message', (result: DrawingResult) => {
      const finished = drawing.running.get(worker)!;
      drawing.running.delete(worker);
      if ('error' in result) finished.fail(new Error(`PNG: ${result.error}`));
      else finished.done(Buffer.from(result.png));
      next(worker);
    });
    // A worker that dies fails its image (and so the build); the others go on.
    worker.on('error', (error) => drawing.running.get(worker)?.fail(error instanceof Error ? error : new Error(String(error))));
    worker.unref();
    drawing.idle.push(worker);
  }
}

function next(worker: Worker): void {
  const queued = drawing.waiting.shift();
  if (!queued) {
    worker.unref();
    drawing.idle.push(worker);
    return;
  }
  drawing.running.set(worker, queued);
  worker.ref();
  worker.postMessage(queued.job);
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
