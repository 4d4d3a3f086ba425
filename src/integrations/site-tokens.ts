/**
 * The design tokens (lib/design/tokens.ts) as a stylesheet of custom
 * properties: `virtual:site-tokens.css` is bundled into the site's one
 * stylesheet like the fonts' (no extra request, no inline style).
 */
import type { Plugin } from 'vite';
import { tokensCss } from '../lib/design/tokens.ts';

const CSS_ID = 'virtual:site-tokens.css';
// Vite treats an id ending in .css as a stylesheet; the \0 keeps other plugins from reading it as a file.
const RESOLVED = `\0${CSS_ID}`;

export function siteTokens(): Plugin {
  return {
    name: 'bao-cao-mo:site-tokens',
    resolveId: (id) => (id === CSS_ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokensCss() : undefined),
  };
}
