/**
 * Abbreviations spelled out on first use on a page: the text cut into parts,
 * an abbreviation's first occurrence given its phrase as a title
 * (`<abbr title>`), later ones left plain. `seen` is the page's memory of
 * what it has already spelled out, shared by everything the page renders.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Abbreviation } from './list.ts';

export interface TextPart {
  text: string;
  /** The phrase the abbreviation stands for, on its first use on the page. */
  title?: string;
}

/** A lookup from abbreviation to phrase, with the pattern that finds any of them as a whole word ("05-CT/TW" holds CT). */
export interface AbbreviationLookup {
  titles: ReadonlyMap<string, string>;
  pattern: RegExp | undefined;
}

export function abbreviationLookup(list: readonly Abbreviation[]): AbbreviationLookup {
  const titles = new Map(list.map((a) => [a.abbreviation, a.phrase]));
  // Longest first, so "TCCSĐ" is not read as "TCCS" followed by a letter (the lookarounds also forbid that).
  const alternatives = [...titles.keys()].sort((a, b) => b.length - a.length).join('|');
  return { titles, pattern: alternatives ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu') : undefined };
}

export function abbreviationParts(text: string, lookup: AbbreviationLookup, seen: Set<string>): TextPart[] {
  if (!lookup.pattern) return [{ text }];
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(lookup.pattern)) {
    if (seen.has(match[0])) continue;
    seen.add(match[0]);
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: match[0], title: lookup.titles.get(match[0])! });
    from = match.index + match[0].length;
  }
  if (from < text.length || !parts.length) parts.push({ text: text.slice(from) });
  return parts;
}

/** Elements whose text is not prose to spell out: code, scripts, drawings, and abbreviations already marked. */
const SKIP = new Set(['abbr', 'code', 'pre', 'script', 'style', 'svg', 'math', 'textarea', 'title']);

/** Rehype plugin for the reports: each abbreviation of the list spelled out at its first use in the text. */
export function rehypeAbbreviations(options: { list: () => readonly Abbreviation[] }) {
  return (tree: Root): void => {
    const lookup = abbreviationLookup(options.list());
    const seen = new Set<string>();
    const walk = (parent: Root | Element): void => {
      const children: ElementContent[] = [];
      for (const child of parent.children as ElementContent[]) {
        if (child.type === 'text')
          children.push(
            ...abbreviationParts(child.value, lookup, seen).map((part): ElementContent =>
              part.title
                ? { type: 'element', tagName: 'abbr', properties: { title: part.title }, children: [{ type: 'text', value: part.text }] }
                : { type: 'text', value: part.text },
            ),
          );
        else {
          if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
          children.push(child);
        }
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree);
  };
}
