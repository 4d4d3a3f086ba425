import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../../src/lib/edition/parse.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { observationPath } from '../../../src/lib/pages/indicator-page.ts';
import { routes } from '../../../src/lib/routes.ts';
import { figureRecords, indicatorAnswer, indicatorRecords, reportRecords } from '../../../src/lib/search/records.ts';
import { resultKind } from '../../../src/lib/search/result-url.ts';
import { reportSections } from '../../../src/lib/search/sections.ts';
import { RESULT_KINDS } from '../../../src/lib/search/vocabulary.ts';

const data = siteData();

describe('reportSections', () => {
  const { blocks, closing } = parseEdition(
    'Mở đầu.\n\n## Phần một\n\n### 1. Mục\n\nĐoạn một[^1].\n\nĐoạn hai.\n\n<Closing signatureTitle={["BÍ THƯ"]} signer="Người Ký" />\n\n[^1]: Chú thích.\n',
  );
  const sections = reportSections(blocks, closing);
  it('cuts a report at every heading, with its opening and its footnotes apart', () => {
    expect(sections.map((s) => [s.kind, s.id, s.blocks.map((b) => b.id)])).toEqual([
      ['opening', undefined, ['p-1']],
      ['heading', 'phan-mot', []],
      ['heading', '1-muc', ['p-2', 'p-3']],
      ['footnotes', undefined, ['fn-1']],
    ]);
  });
  it('keeps the closing with the last section', () => {
    expect(sections[2]!.closing).toEqual(['BÍ THƯ', 'Người Ký']);
  });
});

describe('search records', () => {
  const figures = figureRecords(data);
  const passages = reportRecords(data);
  it('makes one record per figure, landing on the figure, titled by it, its text its quote', () => {
    expect(figures).toHaveLength(data.observations.length);
    const record = figures.find((r) => r.url.endsWith('#so-lieu-ntl-063'))!;
    expect(record.url).toBe('/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/#so-lieu-ntl-063');
    expect(record.meta).toMatchObject({ title: '11.361 — Số đảng viên', area: 'quận Nam Từ Liêm' });
    expect(record.content.startsWith(data.observationById.get('ntl-063')!.quote)).toBe(true);
    expect(record.filters).toMatchObject({ kind: [RESULT_KINDS.figure], area: ['Nam Từ Liêm'], indicator: ['so-dang-vien'] });
  });
  it('keeps meta to what may be searched: no addresses, kinds or report titles', () => {
    for (const record of [...figures, ...indicatorRecords(data)]) {
      expect(Object.keys(record.meta).sort(), record.url).toEqual(expect.arrayContaining(['title']));
      expect(
        Object.keys(record.meta).every((k) => ['title', 'area', 'date'].includes(k)),
        record.url,
      ).toBe(true);
      for (const value of Object.values(record.meta)) expect(value, record.url).not.toMatch(/^\/|\/[a-z-]+\//);
    }
  });
  it('cuts every report into passages no longer than a section, each with its paragraphs’ ids', () => {
    const longestPage = Math.max(...[...data.reports.values()].map((r) => r.blocks.reduce((n, b) => n + b.text.length, 0)));
    expect(Math.max(...passages.map((p) => p.content.length))).toBeLessThan(longestPage / 3);
    const all = passages.map((p) => p.content).join('');
    for (const report of data.reports.values())
      for (const block of report.blocks.filter((b) => b.kind !== 'heading'))
        expect(all, `${report.slug} ${block.id}`).toContain(`id="${block.id}"`);
  });
  it('gives each record the kind its address tells', () => {
    for (const record of [...figures, ...indicatorRecords(data), ...passages])
      expect(record.filters.kind).toEqual([RESULT_KINDS[resultKind(record.url)]]);
  });
  it('escapes the text it writes as HTML', () => {
    expect(passages.find((p) => p.content.includes('&quot;') || p.content.includes('&amp;'))).toBeDefined();
  });
});

describe('an indicator’s answer', () => {
  it('lists its figures area by area in the areas’ order, each area’s periods in time order, each linked to its sentence', () => {
    const observations = data.observationsByIndicator.get('so-dang-vien')!;
    const answer = indicatorAnswer(data, observations);
    expect(answer).toHaveLength(observations.length);
    const areaOf = (label: string) => data.areas.findIndex((a) => label.endsWith(a.name));
    const ranks = answer.map(([, area]) => areaOf(area));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const [printed, , , href] of answer) {
      const id = /#so-lieu-(.+)$/.exec(href)?.[1];
      expect(printed, href).toContain(observations.find((o) => o.id === id)!.printed);
    }
  });
});

describe('figure records on paged indicators', () => {
  it('carry the indicator page that holds their row, so a result links to the row where it is', () => {
    // A budget of one row pages every indicator with figures from several reports.
    const records = figureRecords(data, 1);
    expect(records.some((r) => r.filters.indicatorPage)).toBe(true);
    for (const [i, r] of records.entries()) {
      const o = data.observations[i]!;
      const page = Number(r.filters.indicatorPage?.[0] ?? 1);
      expect(routes.indicator(o.indicator, o.id, page)).toBe(observationPath(data, o, 1));
    }
  });
});
