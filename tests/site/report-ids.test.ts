/**
 * The ids validation checks anchors against are the ids the report pages
 * have: every id on a report page is one of its edition's blocks (or a
 * footnote marker, figure or data note derived from them) or one of the
 * page's own parts listed in block-ids.ts, and no id is given twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReservedId, REPORT_PAGE_IDS } from '../../src/lib/edition/block-ids.ts';
import { parseEdition } from '../../src/lib/edition/parse.ts';
import { assertBuilt, readPage } from '../support/dist.ts';
import { REPORTS_DIR } from '../../src/lib/data/files.ts';

describe('report page ids', () => {
  assertBuilt();
  const slugs = readdirSync(REPORTS_DIR).map((name) => name.replace(/\.mdx$/, ''));
  it.each(slugs)('%s: unique, and each a block of the edition or a part of the page', (slug) => {
    const ids = [...readPage(`/bao-cao/${slug}/`).querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const blocks = new Set(parseEdition(readFileSync(join(REPORTS_DIR, `${slug}.mdx`), 'utf8')).blocks.map((b) => b.id));
    expect(ids.filter((id) => !blocks.has(id) && !isReservedId(id))).toEqual([]);
    // Every block is on the page: an anchor validation accepts is an anchor the page has.
    expect([...blocks].filter((id) => !ids.includes(id))).toEqual([]);
    expect(REPORT_PAGE_IDS.filter((id) => ids.includes(id)).length).toBeGreaterThan(3);
  });
});
