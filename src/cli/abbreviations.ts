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
import { mineAbbreviations } from '../lib/text/abbreviations.ts';

const paths = defaultPaths();
const file = join(paths.dataDir, 'abbreviations.csv');
const previous = existsSync(file)
  ? Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data
  : [];
const rejected = new Map(previous.filter((r) => r.rejected).map((r) => [`${r.abbreviation}\u0000${r.phrase}`, r.rejected!]));
const { dataset } = loadDataset(paths);
const texts = [...dataset.reports.values()].flatMap((r) => [r.meta.title, ...r.blocks.map((b) => b.text), ...r.closing]);
const rows = mineAbbreviations(texts).map((a) => ({ ...a, rejected: rejected.get(`${a.abbreviation}\u0000${a.phrase}`) ?? '' }));
writeFileSync(file, `${Papa.unparse(rows, { columns: ['abbreviation', 'phrase', 'source', 'count', 'rejected'], newline: '\n' })}\n`);
console.log(`${rows.length} chữ viết tắt, ${rows.filter((r) => r.rejected).length} bị loại → data/abbreviations.csv`);
