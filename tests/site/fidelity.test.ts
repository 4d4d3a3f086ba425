import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_DIR, reportSlugs, SOURCES_DIR } from '../../src/lib/data/files.ts';
import { parseEditionFile } from '../../src/lib/edition/parse.ts';
import { missingSentences } from '../../src/lib/edition/fidelity.ts';
import { reportSchema } from '../../src/lib/reports/schema.ts';
import { routes } from '../../src/lib/routes.ts';
import { FOOTNOTE_MARKER, parseFootnoteDefinition } from '../../src/lib/text/superscript.ts';
import { assertBuilt, readPage } from '../support/dist.ts';

const slugs = reportSlugs();

/** The text a reader sees in the document, without the apparatus the site adds around it. */
function documentText(doc: Document): string {
  const article = doc.querySelector('article.report')!.cloneNode(true) as Element;
  for (const el of article.querySelectorAll(
    '.permalink, .editorial-label, sup:has(> a[data-footnote-ref]), .data-footnote-backref, .toc, dl.meta, #footnote-label',
  ))
    el.remove();
  // Block elements end a line for the reader: keep words of adjacent blocks apart.
  for (const el of article.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, figcaption, dd, dt')) el.append(' ');
  return article.textContent ?? '';
}

beforeAll(assertBuilt);

describe.each(slugs)('edition %s', (slug) => {
  const edition = parseEditionFile(resolve(REPORTS_DIR, `${slug}.mdx`));
  const meta = reportSchema.parse(loadYaml(edition.frontmatter));
  const source = readFileSync(resolve(SOURCES_DIR, meta.source.file), 'utf8');

  it('contains every sentence of the source', () => {
    const doc = readPage(routes.report(slug));
    const missing = missingSentences(
      source,
      documentText(doc),
      meta.omitted.map((o) => o.text),
    );
    expect(missing, `Câu của văn bản gốc không có trên trang:\n${missing.join('\n')}`).toEqual([]);
  });

  it('keeps omitted web chrome out of the text body', () => {
    const body = readPage(routes.report(slug)).querySelector('.report-text')!.textContent ?? '';
    for (const { text } of meta.omitted) {
      if (text.length > 12) continue; // long omitted lines (a repeated title) legitimately appear as the heading
      expect(body.split(/\s+/).join(' ')).not.toContain(` ${text} `);
    }
  });

  it('resolves every footnote marker to exactly one footnote and back', () => {
    const doc = readPage(routes.report(slug));
    const markersInSource =
      source
        .split(/\r?\n/)
        .filter((line) => !parseFootnoteDefinition(line.trim()))
        .join('\n')
        .match(FOOTNOTE_MARKER) ?? [];
    const refs = [...doc.querySelectorAll('a[data-footnote-ref]')];
    expect(refs).toHaveLength(markersInSource.length);
    for (const ref of refs) {
      const target = ref.getAttribute('href')!.slice(1);
      expect(doc.querySelectorAll(`[id="${target}"]`), `${target} must exist once`).toHaveLength(1);
      const back = doc.querySelector(`[id="${target}"] a[href="#${ref.id}"]`);
      expect(back, `footnote ${target} links back to ${ref.id}`).not.toBeNull();
    }
    const definitions = source.split(/\r?\n/).filter((line) => parseFootnoteDefinition(line.trim()));
    expect(doc.querySelectorAll('section.footnotes li[id^="fn-"]')).toHaveLength(definitions.length);
  });
});
