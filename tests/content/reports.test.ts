import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { REPORTS_DIR, SOURCES_DIR } from '../../src/lib/data/files.ts';
import { parseEditionFile } from '../../src/lib/edition/parse.ts';
import { reportSchema, slugPattern } from '../../src/lib/reports/schema.ts';

const files = readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.mdx')).sort();
const areaIds = new Set(loadDataset().dataset.areas.map((a) => a.id));

describe('report editions', () => {
  it('are every edition in content/reports, each with its original text in data/sources', () => {
    expect(files.length).toBeGreaterThan(0);
    const sources = new Set(readdirSync(SOURCES_DIR));
    const missing = files.map((f) => reportSchema.parse(loadYaml(readFileSync(resolve(REPORTS_DIR, f), 'utf8').split('---')[1]!)).source.file).filter((s) => !sources.has(s));
    expect(missing).toEqual([]);
  });

  describe.each(files)('%s', (file) => {
    const slug = file.replace(/\.mdx$/, '');
    const edition = parseEditionFile(resolve(REPORTS_DIR, file));
    const meta = reportSchema.parse(loadYaml(edition.frontmatter));

    it('has a readable slug and a frontmatter that passes the schema', () => {
      expect(slug).toMatch(slugPattern);
      expect(meta.areas.every((a) => areaIds.has(a))).toBe(true);
      expect(existsSync(resolve(SOURCES_DIR, meta.source.file))).toBe(true);
    });

    it('gives every block a unique id', () => {
      const ids = edition.blocks.map((b) => b.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('keeps paragraph ids stable (a changed id breaks every citation of it)', async () => {
      const listing = edition.blocks
        .filter((b) => b.kind !== 'footnote')
        .map((b) => `${b.id}\t${b.text.slice(0, 60)}`)
        .join('\n');
      await expect(`${listing}\n`).toMatchFileSnapshot(`paragraph-ids/${slug}.tsv`);
    });
  });
});

describe('report schema', () => {
  const valid = loadYaml(readFileSync(resolve(REPORTS_DIR, files[0]!), 'utf8').split('---')[1]!) as Record<string, unknown>;
  it('rejects an unknown document type, a bad date and an inverted period', () => {
    expect(reportSchema.safeParse({ ...valid, documentType: 'thu-tu' }).success).toBe(false);
    expect(reportSchema.safeParse({ ...valid, date: '10/4/2023' }).success).toBe(false);
    expect(reportSchema.safeParse({ ...valid, period: { start: '2023', end: '2020', label: 'x' } }).success).toBe(false);
    expect(reportSchema.safeParse({ ...valid, unexpected: 1 }).success).toBe(false);
  });
});
