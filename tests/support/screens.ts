/**
 * Screenshots a person has approved, kept in the repo (tests/site/screens/),
 * and the comparison that fails on a visible change. A page is drawn at full
 * height, scaled to SCREEN_WIDTH px wide and cut at SCREEN_MAX_HEIGHT, in
 * 16 greys (enough to see any change of layout or text; a 4-bit PNG is small
 * for git). Scaling, decoding and comparing run in Chromium's canvas, the PNG
 * is written with node:zlib: no image library.
 */
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { PNG_SIGNATURE, pngChunk } from '../../src/lib/charts/png-draw.ts';

export const SCREEN_WIDTH = 320;
export const SCREEN_MAX_HEIGHT = 3200;
/** A pixel differs when its grey moves by more than this (of 255)… */
const PIXEL_THRESHOLD = 48;
/** …and an image differs when more than this share of its pixels do (a few antialiased edges are not a change). */
export const MAX_CHANGED_SHARE = 0.0002;

/** The page as it is now (its current viewport width), scaled down, as PNG bytes. */
export async function pageScreen(page: Page, imagePage: Page): Promise<Buffer> {
  const { width, height } = await page.evaluate(async () => {
    await document.fonts.ready;
    return { width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight };
  });
  const scale = SCREEN_WIDTH / width;
  const clipHeight = Math.min(height, Math.floor(SCREEN_MAX_HEIGHT / scale));
  const shot = await page.screenshot({
    fullPage: true,
    clip: { x: 0, y: 0, width, height: clipHeight },
    animations: 'disabled',
    caret: 'hide',
  });
  const outHeight = Math.round(clipHeight * scale);
  const levels = await imagePage.evaluate(
    async ({ png, width, height }) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(bitmap, 0, 0, width, height);
      const { data } = ctx.getImageData(0, 0, width, height);
      const levels = new Uint8Array(width * height);
      for (let i = 0; i < levels.length; i++)
        levels[i] = Math.min(255, Math.round(0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!)) >> 4;
      let binary = '';
      for (const level of levels) binary += String.fromCharCode(level);
      return btoa(binary);
    },
    { png: shot.toString('base64'), width: SCREEN_WIDTH, height: outHeight },
  );
  return greyPng(Buffer.from(levels, 'base64'), SCREEN_WIDTH, outHeight);
}

/** A 4-bit greyscale PNG of `levels` (0–15, one byte per pixel, rows top to bottom). */
export function greyPng(levels: Uint8Array, width: number, height: number): Buffer {
  const stride = Math.ceil(width / 2);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw[y * (stride + 1) + 1 + (x >> 1)]! |= levels[y * width + x]! << (x % 2 ? 0 : 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([4, 0, 0, 0, 0], 8); // bit depth 4, greyscale, deflate, no filter method choice, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface ScreenComparison {
  /** Why the images differ, or undefined when they match. */
  difference?: string;
  /** The changed pixels in red over the new image, when they differ in content. */
  diff?: Buffer;
}

/** Compares a new screen with the approved one. */
export async function compareScreens(imagePage: Page, approved: Buffer, current: Buffer): Promise<ScreenComparison> {
  const result = await imagePage.evaluate(
    async ({ a, b, threshold }) => {
      const decode = async (png: string) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [before, after] = await Promise.all([decode(a), decode(b)]);
      if (before.width !== after.width || before.height !== after.height)
        return { size: `${before.width} × ${before.height} px approved, ${after.width} × ${after.height} px now` };
      let changed = 0;
      const out = new ImageData(new Uint8ClampedArray(after.data), after.width, after.height);
      for (let i = 0; i < before.data.length; i += 4) {
        if (Math.abs(before.data[i]! - after.data[i]!) > threshold) {
          changed++;
          out.data.set([255, 0, 0, 255], i);
        }
      }
      const canvas = new OffscreenCanvas(after.width, after.height);
      canvas.getContext('2d')!.putImageData(out, 0, 0);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { share: changed / (after.width * after.height), diff: btoa(binary) };
    },
    { a: approved.toString('base64'), b: current.toString('base64'), threshold: PIXEL_THRESHOLD },
  );
  if ('size' in result) return { difference: `page size changed: ${result.size}` };
  if (result.share <= MAX_CHANGED_SHARE) return {};
  return { difference: `${(result.share * 100).toFixed(2)} % of pixels changed`, diff: Buffer.from(result.diff, 'base64') };
}
