/**
 * Scale run: a throwaway copy of the project whose content is N reports
 * generated from the real five — paragraphs reordered, numbers and areas
 * varied, so Pagefind and Astro see N distinct documents — with their data:
 * each generated report's figures go through `propose` (quotes, anchors,
 * values and units read from the generated text itself, indicators guessed
 * from the catalogue), so the build validates, links, indexes and charts
 * about as many observations per report as the real ones have, through the
 * site's normal pipeline. The build is timed and its memory sampled.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import Papa from 'papaparse';
import { indicatorSchema } from '../../src/lib/data/indicators.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { loadDataset, loadUnitFacts } from '../../src/lib/data/dataset.ts';
import type { UnitFacts } from '../../src/lib/data/unit-list.ts';
import { checkObservation, observationSchema, toObservation } from '../../src/lib/data/observations.ts';
import { parseEdition } from '../../src/lib/edition/parse.ts';
import { observationColumns, propose } from '../../src/lib/propose/draft-rows.ts';
import { IndicatorGuesser } from '../../src/lib/propose/indicator-guess.ts';
import type { ReportMeta } from '../../src/lib/reports/schema.ts';
import { ABBREVIATIONS_FILE } from '../../src/lib/abbreviations/list.ts';
import { QUESTION_WORDS_FILE, SYNONYMS_FILE } from '../../src/lib/search/lexicon.ts';
import { copyProject } from '../support/project-copy.ts';
import { distDigest, distSizes, measuredBuild, measuredRun, type Measured } from './measure.ts';

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

/** The report as an editor changes it: a sentence added after its last paragraph (before the footnotes, so no anchor moves). */
export function editedReport(mdx: string): string {
  const added = 'Đoạn này được bổ sung khi biên tập lại.';
  const footnotes = mdx.search(/^\[\^/m);
  return footnotes < 0 ? `${mdx.trimEnd()}\n\n${added}\n` : `${mdx.slice(0, footnotes)}${added}\n\n${mdx.slice(footnotes)}`;
}

/** "a", "b", … "z", "ba", …: letters for the id prefix of the n-th generated report. */
const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26))) + String.fromCharCode(97 + (n % 26));

/** The observations `propose` finds in a generated report that pass the row checks, as CSV rows. */
function generatedObservations(slug: string, mdx: string, index: number, indicators: ReturnType<typeof loadIndicators>, units: UnitFacts, guesser: IndicatorGuesser): string[][] {
  const edition = parseEdition(mdx);
  const meta = loadYaml(edition.frontmatter) as ReportMeta;
  const proposals = propose(
    { report: slug, area: meta.areas[0]!, blocks: edition.blocks, indicators, units, time: { date: meta.date, period: meta.period }, prefix: `t${letters(index)}` },
    guesser,
  );
  return proposals
    .filter((p) => p.row.proposal === 'figure' && p.row.indicator)
    .map((p) => observationColumns().map((c) => (c === 'note' ? '' : (p.row[c] ?? ''))))
    .filter((cells) => {
      const row = observationSchema.safeParse(Object.fromEntries(observationColumns().map((c, i) => [c, cells[i]])));
      return row.success && checkObservation(toObservation(row.data)).length === 0;
    });
}

const loadIndicators = (root: string) => parseCsv(readFileSync(join(root, 'data/indicators.csv'), 'utf8'), 'data/indicators.csv', indicatorSchema).rows.map((r) => r.value);

export interface ScaleRun {
  reports: number;
  observations: number;
  buildSeconds: number;
  /** CPU seconds of the build (see Step): compare these, not buildSeconds, between runs on a loaded machine. */
  cpuSeconds: number;
  /** Seconds per step of the build (see Step). */
  stepSeconds: Record<string, number>;
  peakMemoryMB: number;
  /** Each process's own peak: Astro's ("node"), Pagefind's indexer, the workers that parse editions are threads of "node". */
  peakMemoryByProcessMB: Record<string, number>;
  distBytes: number;
  pagefindBytes: number;
  htmlPages: number;
  largestPage: { path: string; bytes: number };
  /** Pages over 1 MB (none may be). */
  pagesOver1MB: string[];
  /** One report edited, then built again on the build cache the clean build filled: what an editor waits for. */
  rebuildSeconds?: number;
  /** Whether that rebuild wrote the same bytes as a clean build of the edited project (checked up to 100 reports: it costs a third build). */
  rebuildSameAsClean?: boolean;
  /** The machine's 5-minute load average when the build ended: other work on a shared machine slows a run. */
  loadAverage: number;
  /** The same project built as n shards one after another (each with a cold image cache, as on a runner of its own), then merged. */
  sharded: ShardedRun[];
}

interface Step {
  seconds: number;
  /** CPU seconds of the build and everything it started: what the build costs, whatever else the machine was doing. */
  cpuSeconds: number;
  /** Seconds each step took, up to the line that ends it (see BUILD_MARKS): validated, bundled, rendered, indexed, published; "rest" to the end. */
  stepSeconds: Record<string, number>;
  peakMemoryMB: number;
  peakMemoryByProcessMB: Record<string, number>;
}

export interface ShardedRun {
  shards: Step[];
  merge: Step;
  /** Whether the merged dist/ is byte for byte the single build's. */
  sameAsSingle: boolean;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
/** The seconds between one mark and the one before it (the first from the start), and after the last until the end. */
function stepSeconds(m: Measured): Record<string, number> {
  const steps: Record<string, number> = {};
  let before = 0;
  for (const [name, at] of Object.entries(m.marks)) {
    steps[name] = Number((at - before).toFixed(1));
    before = at;
  }
  steps.rest = Number((m.seconds - before).toFixed(1));
  return steps;
}

const step = (m: Measured): Step => ({
  seconds: Number(m.seconds.toFixed(1)),
  cpuSeconds: Number(m.cpuSeconds.toFixed(1)),
  stepSeconds: stepSeconds(m),
  peakMemoryMB: mb(m.peakRssBytes),
  peakMemoryByProcessMB: Object.fromEntries(Object.entries(m.peakRssByProcess).map(([name, bytes]) => [name, mb(bytes)])),
});

const stepFields = (m: Measured) => {
  const { seconds, cpuSeconds, stepSeconds, peakMemoryMB, peakMemoryByProcessMB } = step(m);
  return { buildSeconds: seconds, cpuSeconds, stepSeconds, peakMemoryMB, peakMemoryByProcessMB };
};
const sizeFields = (sizes: ReturnType<typeof distSizes>) => ({
  distBytes: sizes.totalBytes,
  pagefindBytes: sizes.pagefindBytes,
  htmlPages: sizes.htmlPages,
  largestPage: sizes.largestPage,
  pagesOver1MB: sizes.pagesOver1MB,
});

async function shardedRun(work: string, count: number, env: NodeJS.ProcessEnv): Promise<ShardedRun> {
  const cache = { ...env, BCM_BUILD_CACHE: join(work, `cache-${count}-shards`) };
  const shards: Step[] = [];
  for (let i = 1; i <= count; i++) shards.push(step(await measuredBuild(work, cache, ['--shard', `${i}/${count}`])));
  const merge = step(await measuredRun(work, [join(work, 'src/cli/merge.ts'), '--out', `dist-${count}-shards`], cache));
  const sameAsSingle = distDigest(join(work, `dist-${count}-shards`)) === distDigest(join(work, 'dist'));
  rmSync(join(work, 'shards'), { recursive: true, force: true });
  rmSync(join(work, `dist-${count}-shards`), { recursive: true, force: true });
  return { shards, merge, sameAsSingle };
}

/** A copy of the project in `work` holding `count` generated reports and their observations; returns how many observations. */
export function scaleProject(root: string, count: number, work: string): number {
  copyProject(root, work);
  cpSync(join(root, 'data/sources'), join(work, 'data/sources'), { recursive: true });
  for (const table of ['areas.csv', 'indicators.csv', 'units.csv', SYNONYMS_FILE, QUESTION_WORDS_FILE, ABBREVIATIONS_FILE]) cpSync(join(root, 'data', table), join(work, 'data', table));
  const header = (file: string) => readFileSync(join(root, 'data', file), 'utf8').split('\n')[0] + '\n';
  // No editorial charts: the site draws what its rules find in the generated data, as it would for real data.
  for (const file of ['charts.csv', 'coverage-exclusions.csv']) writeFileSync(join(work, 'data', file), header(file));
  const indicators = loadIndicators(root);
  const units = loadUnitFacts(join(root, 'data'));
  const guesser = new IndicatorGuesser(indicators);
  const sources = readdirSync(join(root, 'content/reports')).map((f) => readFileSync(join(root, 'content/reports', f), 'utf8'));
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const slug = `thu-${String(i + 1).padStart(4, '0')}`;
    const mdx = generateReport(sources[i % sources.length]!, i);
    writeFileSync(join(work, 'content/reports', `${slug}.mdx`), mdx);
    rows.push(...generatedObservations(slug, mdx, i, indicators, units, guesser));
  }
  // Rows the site's own validation refuses (a unit outside data/units.csv, a figure its total contradicts…) are left out, as an editor would.
  let kept = rows;
  for (let round = 0; round < 5; round++) {
    writeFileSync(join(work, 'data/observations.csv'), `${Papa.unparse({ fields: observationColumns(), data: kept }, { newline: '\n' })}\n`);
    const refused = new Set(
      loadDataset({ dataDir: join(work, 'data'), reportsDir: join(work, 'content/reports') })
        .issues.filter((issue) => issue.file === 'data/observations.csv' && issue.row > 1)
        .map((issue) => issue.row - 2),
    );
    if (!refused.size) break;
    kept = kept.filter((_, i) => !refused.has(i));
  }
  return kept.length;
}

export async function scaleRun(root: string, count: number, options: { rebuild?: boolean; shards?: number[] } = {}): Promise<ScaleRun> {
  const work = mkdtempSync(join(tmpdir(), `bcm-scale-${count}-`));
  try {
    const observations = scaleProject(root, count, work);
    // A cache of the run's own: the first build is clean, the rebuild after an edit reads what it drew.
    // Every build of the run dated alike (the copy is no git checkout), so the sharded and rebuilt sites compare byte for byte.
    const dated = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };
    const cache = { ...dated, BCM_BUILD_CACHE: join(work, 'build-cache') };
    const build = await measuredBuild(work, cache);
    const sizes = distSizes(join(work, 'dist'));
    const loadAverage = Number(loadavg()[1]!.toFixed(1));
    // Sharded before the edit, so the merge is compared with the clean single build.
    const sharded: ShardedRun[] = [];
    for (const n of options.shards ?? []) sharded.push(await shardedRun(work, n, dated));
    if (options.rebuild === false)
      return { reports: count, observations, ...stepFields(build), ...sizeFields(sizes), loadAverage, sharded };
    const edited = join(work, 'content/reports/thu-0001.mdx');
    writeFileSync(edited, editedReport(readFileSync(edited, 'utf8')));
    const rebuild = await measuredBuild(work, cache);
    let rebuildSameAsClean: boolean | undefined;
    if (count <= 100) {
      const rebuilt = distDigest(join(work, 'dist'));
      await measuredBuild(work, { ...dated, BCM_BUILD_CACHE: join(work, 'clean-cache') });
      rebuildSameAsClean = rebuilt === distDigest(join(work, 'dist'));
    }
    return {
      reports: count,
      observations,
      ...stepFields(build),
      ...sizeFields(sizes),
      rebuildSeconds: Number(rebuild.seconds.toFixed(1)),
      rebuildSameAsClean,
      loadAverage,
      sharded,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  // BENCH_SHARDS=2,4: also build as 2 and as 4 shards and merge; BENCH_REBUILD=0 skips the edit-and-rebuild.
  const shards = (process.env.BENCH_SHARDS ?? '').split(',').filter(Boolean).map(Number);
  for (const count of (process.env.BENCH_SCALE ?? '100').split(',').filter(Boolean).map(Number)) {
    const run = await scaleRun(process.cwd(), count, { rebuild: process.env.BENCH_REBUILD !== '0', shards });
    console.log(JSON.stringify(run));
    if (run.pagesOver1MB.length) {
      console.error(`${count} reports: ${run.pagesOver1MB.length} pages over 1 MB: ${run.pagesOver1MB.slice(0, 10).join(', ')}`);
      process.exitCode = 1;
    }
  }
}
