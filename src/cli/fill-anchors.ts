/**
 * Fill the anchor column of data/observations.csv (and check existing ones):
 *   node src/cli/fill-anchors.ts
 * For each row, finds the one paragraph or footnote of its report whose text
 * contains the quote verbatim and writes its id. Rows whose quote is found
 * nowhere, or in several places, are listed for a human to fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadDataset, defaultPaths } from '../lib/data/dataset.ts';
import { collapseWhitespace } from '../lib/text/fold.ts';

const paths = defaultPaths();
const file = join(paths.dataDir, 'observations.csv');
const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const parsed = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ',', skipEmptyLines: true });
const { dataset } = loadDataset(paths);
let filled = 0;
const problems: string[] = [];
for (const [index, row] of parsed.data.entries()) {
  const report = dataset.reports.get(row.report ?? '');
  if (!report) {
    problems.push(`dòng ${index + 2}: không có văn bản "${row.report}"`);
    continue;
  }
  const quote = collapseWhitespace(row.quote ?? '');
  const matches = report.blocks.filter((b) => b.kind !== 'heading' && b.text.includes(quote));
  if (matches.length === 1) {
    if (row.anchor !== matches[0]!.id) filled++;
    row.anchor = matches[0]!.id;
  } else {
    problems.push(
      `dòng ${index + 2} (${row.id}): trích dẫn ${matches.length ? `có ở ${matches.length} đoạn` : 'không tìm thấy'}: “${quote.slice(0, 80)}…”`,
    );
  }
}
const fields = parsed.meta.fields!;
writeFileSync(file, `${Papa.unparse(parsed.data, { columns: fields, newline: '\n' })}\n`);
console.log(`${filled} anchors written; ${problems.length} rows need a human:`);
for (const p of problems) console.log(`  ${p}`);
process.exitCode = problems.length ? 1 : 0;
