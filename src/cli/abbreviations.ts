/**
 * Mine the abbreviations of the reports into data/abbreviations.csv:
 *   npm run abbreviations
 * Every upper-case token paired with the phrase whose initials spell it, or
 * with the texts' own definition (lib/text/abbreviations.ts). A person reviews
 * the file: a reason written in the `rejected` column keeps a wrong pair out
 * of search and pages, and the next run keeps it.
 *   npm run abbreviations -- --summary
 * only reads the file: how many pairs were mined, how, how many are in use
 * and which a reviewer rejected, with the reasons.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { defaultPaths, loadDataset } from '../lib/data/dataset.ts';
import { mineAbbreviations, pairKey } from '../lib/text/abbreviations.ts';
import { abbreviationSummary } from '../lib/abbreviations/list.ts';
import { formatNumber } from '../lib/numbers/format.ts';

if (process.argv.includes('--summary')) {
  const summary = abbreviationSummary();
  const n = (count: number) => formatNumber(count, 'count');
  console.log(
    `data/abbreviations.csv: ${n(summary.pairs)} cặp đã tìm cho ${n(summary.abbreviations)} chữ viết tắt ` +
      `(${n(summary.bySource.definition)} do văn bản tự định nghĩa, ${n(summary.bySource.initials)} theo chữ đầu của cụm từ); ` +
      `${n(summary.used.length)} cặp đang dùng, ${n(summary.rejected.length)} bị người duyệt loại.`,
  );
  console.log(`Đang dùng: ${summary.used.map((u) => `${u.abbreviation} → ${u.phrase}`).join('; ')}.`);
  console.log('Bị loại:');
  for (const r of summary.rejected) console.log(`- ${r.abbreviation} → ${r.phrase}: ${r.reason}`);
  process.exit(0);
}

const paths = defaultPaths();
const file = join(paths.dataDir, 'abbreviations.csv');
const previous = existsSync(file)
  ? Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data
  : [];
const reviewed = new Map(previous.map((r) => [pairKey({ abbreviation: r.abbreviation!, phrase: r.phrase! }), r.rejected ?? '']));
const { dataset } = loadDataset(paths);
const texts = [...dataset.reports.values()].flatMap((r) => [r.meta.title, ...r.blocks.map((b) => b.text), ...r.closing]);
// Kept pairs stay; a rejected pair stays with its reason, and the token's next candidate follows it for review.
const rows = mineAbbreviations(texts, reviewed).map((a) => ({ ...a, rejected: reviewed.get(pairKey(a)) ?? '' }));
writeFileSync(file, `${Papa.unparse(rows, { columns: ['abbreviation', 'phrase', 'source', 'count', 'rejected'], newline: '\n' })}\n`);
console.log(`${rows.length} chữ viết tắt, ${rows.filter((r) => r.rejected).length} bị loại → data/abbreviations.csv`);
