/**
 * How well `npm run propose` does on the five reports as if each were new:
 * the proposer sees the edition's paragraphs, its frontmatter (date, period,
 * area) and the indicator catalogue, never data/observations.csv; the curated
 * observations are read here only to score it. A curated figure counts as
 * found when a draft row has its paragraph, its value and overlaps its place
 * in the text; its indicator guess is right when the curated indicator is the
 * first guess, or among the first three.
 */
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { placeInQuotes } from '../../src/lib/data/figure-position.ts';
import { sameNumber } from '../../src/lib/numbers/printed.ts';
import { propose, type Proposal } from '../../src/lib/propose/draft-rows.ts';
import { collapseWhitespace } from '../../src/lib/text/fold.ts';

export interface ProposeScore {
  report: string;
  curated: number;
  found: number;
  indicatorFirst: number;
  indicatorTop3: number;
  /** Figures proposed that match no curated row (the editor excludes or deletes them). */
  extra: number;
  /** Exclusions suggested (names with numbers, period lengths…) and numbers set aside by rule. */
  exclusions: number;
  rules: number;
}

export function scorePropose(): ProposeScore[] {
  const { dataset } = loadDataset();
  const scores: ProposeScore[] = [];
  for (const report of dataset.reports.values()) {
    const proposals = propose({
      report: report.slug,
      area: report.meta.areas[0]!,
      blocks: report.blocks,
      indicators: dataset.indicators,
      time: { date: report.meta.date, period: report.meta.period },
      prefix: 'thu',
    });
    const figures = proposals.filter((p) => p.row.proposal === 'figure');
    const curated = dataset.observations.filter((o) => o.report === report.slug);
    const placed = placeInQuotes(curated.map((o) => ({ ...o, quote: collapseWhitespace(o.quote) })));
    const used = new Set<Proposal>();
    const score: ProposeScore = { report: report.slug, curated: curated.length, found: 0, indicatorFirst: 0, indicatorTop3: 0, extra: 0, exclusions: 0, rules: 0 };
    for (const [o, inner] of placed) {
      const block = report.blockById.get(o.anchor);
      const at = block && inner !== undefined ? block.text.indexOf(o.quote) + inner : -1;
      if (at < 0) continue;
      const match = figures.find((p) => p.row.anchor === o.anchor && sameNumber(Number(p.row.value), o.value) && p.start < at + o.printed.length && at < p.end);
      if (!match) continue;
      used.add(match);
      score.found++;
      const rank = match.guesses.findIndex((g) => g.id === o.indicator);
      if (rank === 0) score.indicatorFirst++;
      if (rank >= 0 && rank < 3) score.indicatorTop3++;
    }
    score.extra = figures.filter((p) => !used.has(p)).length;
    score.exclusions = proposals.filter((p) => p.row.proposal === 'exclusion').length;
    score.rules = proposals.filter((p) => p.row.proposal === 'rule').length;
    scores.push(score);
  }
  return scores;
}

if (import.meta.main) {
  const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(0) : '–'}%`;
  for (const s of scorePropose())
    console.log(
      `${s.report.padEnd(36)} ${String(s.curated).padStart(4)} found ${pct(s.found, s.curated).padStart(4)} first ${pct(s.indicatorFirst, s.curated).padStart(4)} top3 ${pct(s.indicatorTop3, s.curated).padStart(4)} extra ${s.extra} excl ${s.exclusions} rules ${s.rules}`,
    );
}
