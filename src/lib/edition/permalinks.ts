/**
 * Rehype plugin: a visible permalink (¶) at the end of every numbered block,
 * so a reader can copy the address of the exact paragraph they cite. It is a
 * plain link: no JavaScript.
 */
import type { Element, Root, RootContent } from 'hast';

const PARAGRAPH_ID = /^p-(\d+)$/;

export function permalinkFor(id: string): Element {
  const number = PARAGRAPH_ID.exec(id)?.[1];
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['permalink'],
      href: `#${id}`,
      ariaLabel: `Liên kết đến đoạn ${number}`,
    },
    children: [{ type: 'text', value: '¶' }],
  };
}

function walk(nodes: RootContent[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const id = node.properties?.id;
    if (typeof id === 'string' && PARAGRAPH_ID.test(id)) {
      // A no-break space keeps the ¶ with the paragraph's last word: never alone on a line.
      const last = node.children.at(-1);
      if (last?.type === 'text') last.value = last.value.trimEnd();
      node.children.push({ type: 'text', value: '\u00a0' }, permalinkFor(id));
    }
    walk(node.children);
  }
}

export function rehypeParagraphPermalinks() {
  return (tree: Root): void => walk(tree.children);
}
