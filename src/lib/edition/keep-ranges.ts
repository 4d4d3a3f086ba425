/**
 * Rehype plugin: in a report's text, year ranges ("2020-2025") are wrapped in
 * a span that keeps them on one line. The words are untouched.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { noBreakParts } from '../text/no-break.ts';

function split(node: Text): ElementContent[] {
  return noBreakParts(node.value).map((part) =>
    part.keep
      ? { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: part.text }] }
      : { type: 'text', value: part.text },
  );
}

function walk(parent: Root | Element): void {
  const children: (Root | Element)['children'][number][] = [];
  for (const child of parent.children) {
    if (child.type === 'text') children.push(...split(child));
    else {
      if (child.type === 'element') walk(child);
      children.push(child);
    }
  }
  parent.children = children as typeof parent.children;
}

export function rehypeKeepRanges() {
  return (tree: Root): void => walk(tree);
}
