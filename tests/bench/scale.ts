/**
 * Scale run: a throwaway copy of the project whose content is N reports
 * generated from the real five — paragraphs reordered, numbers and areas
 * varied, so Pagefind and Astro see N distinct documents — then built and timed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUESTION_WORDS_FILE, SYNONYMS_FILE } from '../../src/lib/search/lexicon.ts';
import { copyProject } from '../support/project-copy.ts';
import { distSizes, timedBuild } from './measure.ts';

/** Deterministic pseudo-random numbers, so a scale run is repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const AREAS = ['nam-tu-liem', 'dong-da', 'long-bien', 'duc-giang'];

export function generateReport(source: string, index: number): string {
  const next = random(index + 1);
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const paragraphs = body.split('\n\n').filter(Boolean);
  const footnotes = paragraphs.filter((p) => p.startsWith('[^'));
  const text = paragraphs.filter((p) => !p.startsWith('[^'));
  // Keep the opening, shuffle a window of the rest, and vary every number.
  for (let i = text.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(next() * i);
    [text[i], text[j]] = [text[j]!, text[i]!];
  }
  const vary = (p: string) => p.replace(/(?<![\d.,^[])\d{2,3}(?![\d.,\]])/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + next())))));
  const area = AREAS[index % AREAS.length]!;
  const meta = frontmatter
    .replace(/^title: "(.*)"$/m, (_, t: string) => `title: "${t} (bản thử ${index + 1})"`)
    .replace(/^shortTitle: "(.*)"$/m, (_, t: string) => `shortTitle: "${t} — bản thử ${index + 1}"`)
    .replace(/^areas: \[.*\]$/m, `areas: [${area}]`)
    .replace(/^source: .*$/m, 'source: { file: nam-tu-liem-giua-nhiem-ky-2023.txt, originalName: generated.txt }');
  return `---\n${meta}\n---\n\n${[...text.map(vary), ...footnotes].join('\n\n')}\n`;
}

export function scaleRun(root: string, count: number): { reports: number; buildSeconds: number; pagefindBytes: number; htmlPages: number } {
  const work = mkdtempSync(join(tmpdir(), `bcm-scale-${count}-`));
  try {
    copyProject(root, work);
    cpSync(join(root, 'data/sources'), join(work, 'data/sources'), { recursive: true });
    cpSync(join(root, 'data/areas.csv'), join(work, 'data/areas.csv'));
    cpSync(join(root, 'data/indicators.csv'), join(work, 'data/indicators.csv'));
    for (const file of [SYNONYMS_FILE, QUESTION_WORDS_FILE]) cpSync(join(root, 'data', file), join(work, 'data', file));
    const header = (file: string) => readFileSync(join(root, 'data', file), 'utf8').split('\n')[0] + '\n';
    for (const file of ['observations.csv', 'charts.csv', 'coverage-exclusions.csv']) writeFileSync(join(work, 'data', file), header(file));
    // Indicators with no observation are allowed here: the run measures pages and index, not data.
    const sources = readdirSync(join(root, 'content/reports')).map((f) => readFileSync(join(root, 'content/reports', f), 'utf8'));
    for (let i = 0; i < count; i++) writeFileSync(join(work, 'content/reports', `thu-${String(i + 1).padStart(4, '0')}.mdx`), generateReport(sources[i % sources.length]!, i));
    const buildSeconds = timedBuild(work);
    const sizes = distSizes(join(work, 'dist'));
    return { reports: count, buildSeconds: Number(buildSeconds.toFixed(1)), pagefindBytes: sizes.pagefindBytes, htmlPages: sizes.htmlPages };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
