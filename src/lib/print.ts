/**
 * A report's print stylesheet: its running title (the report's name and
 * address) in the top margin of every printed page, so a loose sheet still
 * says what it is and where it lives. A stylesheet file, not an inline style:
 * the site's CSP allows styles only from its own files.
 */
import { displayUrl } from './routes.ts';

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ')}"`;

export function runningTitleCss(title: string, path: string): string {
  // !important: the site stylesheet, linked after this one, names the site there for every other page.
  return `@page { @top-left { content: ${cssString(`${title} · ${displayUrl(path)}`)} !important; } }\n`;
}
