/** What a reader sees of a draft edition: the masthead fields the report page prints, then every block. */
import { load as loadYaml } from 'js-yaml';
import { parseEdition } from '../../src/lib/edition/parse.ts';
import type { ReportMeta } from '../../src/lib/reports/schema.ts';

export function pageText(mdx: string): { meta: ReportMeta; text: string; edition: ReturnType<typeof parseEdition> } {
  const edition = parseEdition(mdx);
  const meta = loadYaml(edition.frontmatter) as ReportMeta;
  const masthead = [
    ...(meta.issuerPrinted ?? []),
    meta.motto,
    meta.documentNumber,
    meta.datePrinted,
    meta.kindPrinted,
    meta.title,
    meta.subtitle,
    meta.bylinePrinted,
  ];
  return { meta, edition, text: [...masthead, ...edition.blocks.map((b) => b.text)].filter(Boolean).join(' ') };
}
