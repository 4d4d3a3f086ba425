/**
 * The design tokens (lib/design/tokens.ts) as a stylesheet of custom
 * properties: `virtual:site-tokens.css` is bundled into the site's one
 * stylesheet like the fonts' (no extra request, no inline style);
 * `virtual:chart-tokens.css`, the chart colours alone, into the embed's.
 */
import type { Plugin } from 'vite';
import { chartTokensCss, tokensCss } from '../lib/design/tokens.ts';

// Vite treats an id ending in .css as a stylesheet; the \0 keeps other plugins from reading it as a file.
// Two modules, not one imported twice: a module shared by the pages and the embed would become a stylesheet
// of its own, one more request before every page's first paint.
const STYLESHEETS: Record<string, () => string> = {
  '\0virtual:site-tokens.css': tokensCss,
  '\0virtual:chart-tokens.css': chartTokensCss,
};

export function siteTokens(): Plugin {
  return {
    name: 'bao-cao-mo:site-tokens',
    resolveId: (id) => (`\0${id}` in STYLESHEETS ? `\0${id}` : undefined),
    load: (id) => STYLESHEETS[id]?.(),
  };
}
