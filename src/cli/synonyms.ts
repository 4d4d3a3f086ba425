/**
 * Mine every indicator's other wordings into data/search-wording.csv:
 *   npm run synonyms
 * From the catalogue (definition, counted unit) and from the texts (the scope
 * of each figure, the words around it in its quoted sentence):
 * lib/search/wording.ts. A person reviews the file: a reason written in the
 * `rejected` column keeps a wording out of search, and the next run keeps it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { defaultPaths, loadDataset } from '../lib/data/dataset.ts';
import { mineWording, WORDING_FILE, wordingKey } from '../lib/search/wording.ts';

const paths = defaultPaths();
const file = join(paths.dataDir, WORDING_FILE);
const previous = existsSync(file)
  ? Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data
  : [];
const reviewed = new Map(previous.map((r) => [wordingKey({ indicator: r.indicator!, phrase: r.phrase! }), r.rejected ?? '']));
const { dataset } = loadDataset(paths);
const rows = mineWording(dataset.indicators, dataset.observations).map((w) => ({ ...w, rejected: reviewed.get(wordingKey(w)) ?? '' }));
writeFileSync(file, `${Papa.unparse(rows, { columns: ['indicator', 'phrase', 'source', 'count', 'rejected'], newline: '\n' })}\n`);
console.log(
  `${rows.length} cách gọi khác của ${new Set(rows.map((r) => r.indicator)).size} chỉ tiêu, ${rows.filter((r) => r.rejected).length} bị loại → data/${WORDING_FILE}`,
);
