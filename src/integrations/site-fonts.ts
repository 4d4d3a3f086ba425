/**
 * The site's web fonts as Vite modules. At build start the two weights are
 * subset (lib/fonts.ts) into a cache folder beside a stylesheet holding their
 * @font-face rules and the font stack; `virtual:site-fonts.css` resolves to
 * that stylesheet, so it is bundled into the site's one stylesheet (no extra
 * request, no inline style the CSP would refuse) and Vite emits the fonts it
 * names with content-hashed file names. `virtual:site-fonts/<file>?url` gives
 * a font's final address, for preloading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { fontCss, SITE_FONTS, subsetSiteFont } from '../lib/fonts.ts';

const CSS_ID = 'virtual:site-fonts.css';
const FILE_PREFIX = 'virtual:site-fonts/';
const CACHE = resolve('node_modules/.cache/bao-cao-mo/fonts');

async function writeFonts(): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  for (const font of SITE_FONTS) writeFileSync(join(CACHE, font.file), await subsetSiteFont(font.ttf));
  writeFileSync(join(CACHE, 'site-fonts.css'), fontCss());
}

export function siteFonts(): Plugin {
  let written: Promise<void> | undefined;
  return {
    name: 'bao-cao-mo:site-fonts',
    async buildStart() {
      // Astro runs more than one Vite build; the files are the same for all of them.
      written ??= writeFonts();
      await written;
    },
    resolveId(id) {
      if (id === CSS_ID) return join(CACHE, 'site-fonts.css');
      if (id.startsWith(FILE_PREFIX)) return join(CACHE, id.slice(FILE_PREFIX.length));
      return undefined;
    },
  };
}
