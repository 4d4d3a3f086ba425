import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { atomDate, reportsFeed } from '../../../src/lib/reports/feed.ts';
import { sortReports } from '../../../src/lib/reports/list.ts';

describe('Atom feed', () => {
  it('turns partial dates into Atom timestamps in Hanoi time', () => {
    expect(atomDate('2023-04-10')).toBe('2023-04-10T00:00:00+07:00');
    expect(atomDate('2020-04')).toBe('2020-04-01T00:00:00+07:00');
    expect(atomDate('2021')).toBe('2021-01-01T00:00:00+07:00');
  });
  it('has one entry per report with its absolute address, and the newest date as the feed’s', () => {
    const reports = sortReports(siteData().reports.values());
    const doc = new DOMParser().parseFromString(reportsFeed(reports), 'text/xml');
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries).toHaveLength(reports.length);
    expect(entries[0]!.querySelector('id')!.textContent).toBe(`https://baocaomo.vn/bao-cao/${reports[0]!.slug}/`);
    const updated = entries.map((e) => e.querySelector('updated')!.textContent!).sort();
    expect(doc.querySelector('feed > updated')!.textContent).toBe(updated.at(-1));
  });
  it('escapes what XML would misread', () => {
    const [first] = sortReports(siteData().reports.values());
    const xml = reportsFeed([{ ...first!, meta: { ...first!.meta, shortTitle: 'A & B <c>' } }]);
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
  });
});
