// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkEdition } from './src/lib/edition/parse.ts';
import { rehypeParagraphPermalinks } from './src/lib/edition/permalinks.ts';
import { validateData } from './src/integrations/validate-data.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { hostingHeaders } from './src/integrations/hosting-headers.ts';
import { atomicPublish } from './src/integrations/atomic-publish.ts';
import { shardOutput } from './src/integrations/shard-output.ts';
import { siteFonts } from './src/integrations/site-fonts.ts';
import { siteTokens } from './src/integrations/site-tokens.ts';
import { reportFigures } from './src/lib/data/report-figures.ts';
import { rehypeFigureLinks } from './src/lib/edition/figure-links.ts';
import { rehypeKeepRanges } from './src/lib/edition/keep-ranges.ts';
import { readAbbreviations } from './src/lib/abbreviations/list.ts';
import { rehypeAbbreviations } from './src/lib/abbreviations/mark.ts';
import { SITE_URL } from './src/lib/site.ts';

const publish = atomicPublish();

export default defineConfig({
  // Never inline scripts into pages: the CSP allows only script files from our origin
  // (Astro otherwise inlines small scripts such as the embed height messenger).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [siteTokens(), siteFonts()] },
  site: SITE_URL,
  trailingSlash: 'always',
  // Several pages at once: chart images are drawn in worker threads (lib/charts/png.ts) while pages are written.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    processor: unified({
      gfm: true,
      // The editions reproduce punctuation as printed: no curly-quote or dash rewriting.
      smartypants: false,
      remarkPlugins: [remarkEdition],
      rehypePlugins: [
        rehypeParagraphPermalinks,
        [rehypeFigureLinks, { figuresFor: reportFigures }],
        rehypeKeepRanges,
        // After the figure links, which match quotes against the plain text.
        [rehypeAbbreviations, { list: readAbbreviations }],
      ],
      remarkRehype: {
        clobberPrefix: '',
        footnoteLabel: 'Chú thích',
        footnoteLabelTagName: 'h2',
        footnoteBackLabel: (/** @type {number} */ referenceIndex, /** @type {number} */ rereferenceIndex) =>
          `Quay lại chỗ chú thích ${referenceIndex + 1}${rereferenceIndex > 1 ? ` (lần ${rereferenceIndex})` : ''}`,
      },
    }),
  },
  // Built into a staging folder; dist/ is replaced only after every other step (first and last: checked).
  integrations: [publish.stage, validateData(), mdx(), searchIndex(), hostingHeaders(), shardOutput(), publish.swap],
});
