import { describe, expect, it } from 'vitest';
import { chooseAnchor, describeBlock } from '../../../src/lib/data/anchors.ts';
import type { EditionBlock } from '../../../src/lib/edition/block-ids.ts';

const blocks: EditionBlock[] = [
  { id: 'ket-qua', kind: 'heading', text: 'Kết quả cụ thể như sau: đạt 100%.' },
  { id: 'p-1', kind: 'paragraph', text: 'Kết nạp 312 đảng viên. Chỉ tiêu này đạt 100%.' },
  { id: 'p-2', kind: 'paragraph', text: 'Thu ngân sách 1.245 tỷ đồng. Chỉ tiêu này đạt 100%.' },
  { id: 'fn-1', kind: 'footnote', text: 'Theo Kế hoạch số 05-KH/ĐU.' },
];

describe('chooseAnchor', () => {
  it('finds the one paragraph or footnote holding the quote, whitespace aside', () => {
    expect(chooseAnchor(blocks, 'Kết nạp  312 đảng viên.')).toEqual({ kind: 'found', anchor: 'p-1', changed: true });
    expect(chooseAnchor(blocks, 'Theo Kế hoạch số 05-KH/ĐU.', 'fn-1')).toEqual({ kind: 'found', anchor: 'fn-1', changed: false });
  });
  it('names the candidates of a sentence printed twice, and keeps the one the editor chose', () => {
    const ambiguous = chooseAnchor(blocks, 'Chỉ tiêu này đạt 100%.');
    expect(ambiguous.kind === 'ambiguous' && ambiguous.candidates.map((b) => describeBlock(b, 4))).toEqual(['p-1 (“Kết nạp 312 đảng…”)', 'p-2 (“Thu ngân sách 1.245…”)']);
    expect(chooseAnchor(blocks, 'Chỉ tiêu này đạt 100%.', 'p-2')).toEqual({ kind: 'found', anchor: 'p-2', changed: false });
    expect(chooseAnchor(blocks, 'Không có câu này.')).toEqual({ kind: 'missing' });
  });
});
