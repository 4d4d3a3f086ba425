/**
 * Fill the anchor column of data/observations.csv (and check existing ones):
 *   npm run fill-anchors
 * For each row, finds the paragraph or footnote of its report whose text
 * contains the quote verbatim and writes its id. A quote printed in several
 * paragraphs is listed with its candidates; write the right one in the
 * anchor column and the next run keeps it. Quotes found nowhere are listed too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { chooseAnchor, describeBlock } from '../lib/data/anchors.ts';
import { loadDataset, defaultPaths } from '../lib/data/dataset.ts';

const paths = defaultPaths();
const file = join(paths.dataDir, 'observations.csv');
const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const parsed = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ',', skipEmptyLines: true });
const { dataset } = loadDataset(paths);
let filled = 0;
const problems: string[] = [];
for (const [index, row] of parsed.data.entries()) {
  const where = `dòng ${index + 2} (${row.id})`;
  const report = dataset.reports.get(row.report ?? '');
  if (!report) {
    problems.push(`${where}: không có văn bản "${row.report}"`);
    continue;
  }
  const choice = chooseAnchor(report.blocks, row.quote ?? '', row.anchor);
  if (choice.kind === 'found') {
    if (choice.changed) filled++;
    row.anchor = choice.anchor;
  } else if (choice.kind === 'ambiguous') {
    problems.push(
      `${where}: trích dẫn có ở ${choice.candidates.length} đoạn: ${choice.candidates.map((b) => describeBlock(b)).join('; ')}. Ghi mã đoạn đúng vào cột anchor; lần chạy sau giữ nguyên.`,
    );
  } else {
    problems.push(`${where}: không tìm thấy trích dẫn “${(row.quote ?? '').slice(0, 80)}…” trong /bao-cao/${row.report}/`);
  }
}
writeFileSync(file, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields!, newline: '\n' })}\n`);
console.log(`${filled} mã đoạn được ghi; ${problems.length} dòng cần người biên tập:`);
for (const p of problems) console.log(`  ${p}`);
process.exitCode = problems.length ? 1 : 0;
