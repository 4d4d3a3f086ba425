/** The README's tables of columns are the editors' reference: each names exactly the columns its schema defines. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS } from '../../src/lib/data/observations.ts';
import { unitSchema } from '../../src/lib/data/unit-list.ts';

/** The column names in the first cell of each row of the table under a README heading line. */
function readmeColumns(heading: string): string[] {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start, `README has no line starting ${heading}`).toBeGreaterThanOrEqual(0);
  const rows = [];
  for (const line of lines.slice(lines.findIndex((l, i) => i > start && l.startsWith('|')) + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe('README', () => {
  it('lists every column of data/observations.csv, and no other', () => {
    expect(readmeColumns('**`data/observations.csv`**').sort()).toEqual(Object.keys(OBSERVATION_COLUMNS).sort());
  });
  it('lists every column of data/units.csv, and no other', () => {
    expect(readmeColumns('**`data/units.csv`**').sort()).toEqual(Object.keys(unitSchema.shape).sort());
  });
});
