import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/lib/reports/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('buildToc', () => {
  it('nests headings under the nearest shallower heading', () => {
    const toc = buildToc([h(2, 'phan-1'), h(3, 'i'), h(4, 'i-1'), h(4, 'i-2'), h(3, 'ii'), h(2, 'phan-2')]);
    expect(toc.map((n) => n.slug)).toEqual(['phan-1', 'phan-2']);
    expect(toc[0]!.children.map((n) => n.slug)).toEqual(['i', 'ii']);
    expect(toc[0]!.children[0]!.children.map((n) => n.slug)).toEqual(['i-1', 'i-2']);
  });
  it('keeps a heading that skips a level under the last shallower one, and starts at any depth', () => {
    const toc = buildToc([h(4, 'a'), h(2, 'b'), h(5, 'c')]);
    expect(toc.map((n) => n.slug)).toEqual(['a', 'b']);
    expect(toc[1]!.children.map((n) => n.slug)).toEqual(['c']);
  });
  it('leaves out headings deeper than the limit, and is empty for a text without headings', () => {
    expect(buildToc([h(2, 'a'), h(6, 'deep')], 5)[0]!.children).toEqual([]);
    expect(buildToc([])).toEqual([]);
  });
});
