/** Looking at images the way a reader would: decoded by Chromium, pixel by pixel. */
import type { Page } from 'playwright-core';

/** Pixels of an image (served at `path` on the page's origin) dark enough to be ink on white. */
export function darkPixels(page: Page, path: string): Promise<number> {
  return page.evaluate(async (src) => {
    const bitmap = await createImageBitmap(await (await fetch(src)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 100) n++;
    return n;
  }, path);
}
