/**
 * Which paragraph a quote belongs to. A quote found in exactly one paragraph
 * or footnote has its anchor; a sentence printed twice ("Kết quả cụ thể
 * như sau:") is in several, and only the editor can say which one the figure
 * is read from: the candidates are named, and an anchor the editor wrote
 * among them is kept.
 */
import type { EditionBlock } from '../edition/block-ids.ts';
import { collapseWhitespace } from '../text/fold.ts';

export type AnchorChoice =
  | { kind: 'found'; anchor: string; changed: boolean }
  | { kind: 'ambiguous'; candidates: EditionBlock[] }
  | { kind: 'missing' };

export function chooseAnchor(blocks: readonly EditionBlock[], quote: string, current = ''): AnchorChoice {
  const text = collapseWhitespace(quote);
  const candidates = blocks.filter((b) => b.kind !== 'heading' && b.text.includes(text));
  if (candidates.some((b) => b.id === current)) return { kind: 'found', anchor: current, changed: false };
  if (candidates.length === 1) return { kind: 'found', anchor: candidates[0]!.id, changed: true };
  return candidates.length ? { kind: 'ambiguous', candidates } : { kind: 'missing' };
}

/** "p-12 (“Về công tác kiểm tra…”)": a candidate paragraph as an editor recognises it. */
export function describeBlock(block: EditionBlock, words = 8): string {
  const start = block.text.split(' ').slice(0, words).join(' ');
  return `${block.id} (“${start}${start.length < block.text.length ? '…' : ''}”)`;
}
