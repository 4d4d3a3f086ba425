import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exclusionSchema, measureCoverage } from '../../src/lib/data/coverage.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { formatIssue } from '../../src/lib/data/errors.ts';

const { dataset, issues } = loadDataset();

describe('the published data', () => {
  it('is valid: every quote verbatim in its report, every anchor present, every value agreeing with its printed text', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('uses every indicator it defines and only areas with reports', () => {
    const used = new Set(dataset.observations.map((o) => o.indicator));
    expect(dataset.indicators.filter((i) => !used.has(i.id)).map((i) => i.id)).toEqual([]);
  });
});

describe('coverage of the figures printed in the reports', () => {
  const exclusionsFile = 'data/coverage-exclusions.csv';
  const exclusions = parseCsv(readFileSync(exclusionsFile, 'utf8'), exclusionsFile, exclusionSchema);
  it('reads the exclusions list', () => expect(exclusions.issues.map(formatIssue)).toEqual([]));

  const results = [...dataset.reports.values()].map((report) =>
    measureCoverage(
      report.slug,
      report.blocks,
      dataset.observations.filter((o) => o.report === report.slug),
      exclusions.rows.map((r) => r.value).filter((e) => e.report === report.slug),
    ),
  );

  it.each(results.map((r) => [r.report, r] as const))('%s: at least 95% of figures have an observation', (_, result) => {
    const share = result.figures ? result.covered / result.figures : 1;
    const missing = result.uncovered.map((u) => `  ${u.block} “${u.text}”: …${u.context}…`).join('\n');
    console.log(`${result.report}: ${result.covered}/${result.figures} figures covered (${(share * 100).toFixed(1)}%), ${result.excluded} non-figures listed${missing ? `\nuncovered:\n${missing}` : ''}`);
    expect(result.staleExclusions, 'exclusions that match nothing in the text').toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});
