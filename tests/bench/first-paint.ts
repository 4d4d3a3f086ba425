/**
 * First paint and largest paint of a page on a slow phone, measured in Chromium
 * with the throttling applied to the browser itself (not simulated): CPU slowed
 * 4×, 150 ms round trip, 1.6 Mbps down and 750 kbps up, a fresh cache on each
 * run. The median of `runs` runs, since one run varies by a frame or two.
 */
import { launchChromium } from '../support/browser.ts';
import type { RunningServer } from '../support/static-server.ts';

export const SLOW_PHONE = { cpuSlowdown: 4, latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 } as const;

export interface FirstPaint {
  fcpMs: number;
  lcpMs: number;
  fcpRunsMs: number[];
  lcpRunsMs: number[];
  /** When the document was parsed (domInteractive): a first paint after it waited for the whole document. */
  parsedRunsMs: number[];
}

export async function firstPaint(server: RunningServer, path: string, runs = 5): Promise<FirstPaint> {
  const browser = await launchChromium();
  const fcp: number[] = [];
  const lcp: number[] = [];
  const parsed: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_PHONE.latencyMs,
        downloadThroughput: (SLOW_PHONE.downloadKbps * 1000) / 8,
        uploadThroughput: (SLOW_PHONE.uploadKbps * 1000) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const paints = await page.evaluate(
        () =>
          new Promise<{ fcp: number; lcp: number; parsed: number }>((resolve) => {
            let first = NaN;
            let largest = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntriesByName('first-contentful-paint')) first = entry.startTime;
            }).observe({ type: 'paint', buffered: true });
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) largest = Math.max(largest, entry.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            // Buffered entries come in a later task: wait for the first, or give up after a second.
            const started = performance.now();
            const poll = () => (first > 0 && largest > 0) || performance.now() - started > 1000 ? resolve({ fcp: first, lcp: largest, parsed: performance.getEntriesByType('navigation')[0]!.toJSON().domInteractive }) : setTimeout(poll, 50);
            poll();
          }),
      );
      fcp.push(Math.round(paints.fcp));
      lcp.push(Math.round(paints.lcp));
      parsed.push(Math.round(paints.parsed));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { fcpMs: median(fcp), lcpMs: median(lcp), fcpRunsMs: fcp, lcpRunsMs: lcp, parsedRunsMs: parsed };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
