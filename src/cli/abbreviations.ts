/**
 * Mine the abbreviations of the reports into data/abbreviations.csv:
 *   npm run abbreviations
 * Every upper-case token paired with the phrase whose initials spell it, or
 * with the texts' own definition (lib/text/abbreviations.ts). A person reviews
 * the file: a reason written in the `rejected` column keeps a wrong pair out
 * of search and pages, and the next run keeps it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { defaultPaths, loadDataset } from '../lib/data/dataset.ts';
import { mineAbbreviations, pairKey } from '../lib/text/abbreviations.ts';

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
