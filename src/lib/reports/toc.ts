/** Nest a flat list of headings into a table of contents tree. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocNode extends TocHeading {
  children: TocNode[];
}

export function buildToc(headings: TocHeading[], maxDepth = 5): TocNode[] {
  const root: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const heading of headings) {
    if (heading.depth > maxDepth) continue;
    const node: TocNode = { ...heading, children: [] };
    while (stack.length && stack.at(-1)!.depth >= heading.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(node);
    stack.push(node);
  }
  return root;
}
