/**
 * A report edition cut into the parts search returns: its opening (header
 * facts and the text before the first heading), each heading with the text
 * up to the next heading, and its footnotes. A hit is then a passage of a
 * few paragraphs, not a page of 180,000 characters.
 */
import type { EditionBlock } from '../edition/block-ids.ts';

export interface ReportSection {
  /** Id of the heading the section starts at; undefined for the opening. */
  id?: string;
  /** The heading's words; undefined for the opening and the footnotes. */
  heading?: string;
  /** Paragraphs and footnotes, with the ids a hit lands on. */
  blocks: EditionBlock[];
  /** The last section also holds the document's closing (recipients, signature, signer). */
  closing: string[];
  kind: 'opening' | 'heading' | 'footnotes';
}

export function reportSections(blocks: readonly EditionBlock[], closing: readonly string[] = []): ReportSection[] {
  const opening: ReportSection = { kind: 'opening', blocks: [], closing: [] };
  const footnotes: ReportSection = { kind: 'footnotes', blocks: [], closing: [] };
  const sections: ReportSection[] = [opening];
  let current = opening;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      current = { kind: 'heading', id: block.id, heading: block.text, blocks: [], closing: [] };
      sections.push(current);
    } else if (block.kind === 'footnote') footnotes.blocks.push(block);
    else current.blocks.push(block);
  }
  current.closing.push(...closing);
  return footnotes.blocks.length ? [...sections, footnotes] : sections;
}
