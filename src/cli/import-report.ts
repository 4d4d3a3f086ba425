/**
 * Start a new report from the file the editor received:
 *   npm run import -- <report.docx | source.txt> [--slug <slug>] [--area <id>] [--force]
 * Writes the plain-text source to data/sources/<slug>.txt (a .txt is copied
 * byte for byte; a .docx is read with its headings, footnotes and emphasis)
 * and the draft edition, frontmatter included, to content/reports/<slug>.mdx.
 * An existing source is never overwritten with different bytes; an existing
 * edition only with --force. Warnings say where the draft needs an editor.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { areaSchema } from '../lib/data/areas.ts';
import { parseCsv } from '../lib/data/csv.ts';
import { DATA_DIR, REPORTS_DIR, SOURCES_DIR } from '../lib/data/files.ts';
import { importDocx } from '../lib/edition/docx.ts';
import { draftEdition } from '../lib/edition/draft.ts';
import { readMasthead } from '../lib/edition/masthead.ts';
import { slugify } from '../lib/text/fold.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, area: { type: 'string' }, force: { type: 'boolean' } },
});
const [input] = positionals;
if (!input || !['.txt', '.docx'].includes(extname(input))) {
  console.error('cách dùng: npm run import -- <văn-bản.docx | văn-bản.txt> [--slug <slug>] [--area <id>] [--force]');
  process.exit(2);
}
const areas = parseCsv(readFileSync(join(DATA_DIR, 'areas.csv'), 'utf8'), 'data/areas.csv', areaSchema).rows.map((r) => r.value);
const bytes = readFileSync(input);
const docx = extname(input) === '.docx';
/** A slug from the title and year when the editor gives none: "dai-hoi-dang-bo-phuong-x-2025". */
const slugFor = (text: string) => {
  const masthead = readMasthead(text);
  const base = slugify(masthead.title ?? basename(input, extname(input)), 9);
  const year = masthead.date?.slice(0, 4);
  return year && !base.endsWith(year) ? `${base}-${year}` : base;
};

const options = (slug: string) => ({ slug, sourceFile: `${slug}.txt`, originalName: basename(input), areas, area: values.area });
let slug: string;
let result: { source: string; mdx: string; warnings: string[] };
if (docx) {
  const first = await importDocx(bytes, options('nhap'));
  slug = values.slug ?? slugFor(first.source);
  result = await importDocx(bytes, options(slug));
} else {
  const source = bytes.toString('utf8');
  slug = values.slug ?? slugFor(source);
  result = { source, ...draftEdition(source, options(slug)) };
}

const sourcePath = relative(process.cwd(), join(SOURCES_DIR, `${slug}.txt`));
const sourceBytes = docx ? Buffer.from(result.source, 'utf8') : bytes;
if (existsSync(sourcePath) && !readFileSync(sourcePath).equals(sourceBytes)) {
  console.error(`${sourcePath} đã có và khác tệp này: văn bản gốc không bao giờ bị ghi đè. Chọn --slug khác.`);
  process.exit(1);
}
const editionPath = relative(process.cwd(), join(REPORTS_DIR, `${slug}.mdx`));
if (existsSync(editionPath) && !values.force) {
  console.error(`${editionPath} đã có: thêm --force để ghi đè bản điện tử.`);
  process.exit(1);
}
writeFileSync(sourcePath, sourceBytes);
writeFileSync(editionPath, result.mdx);
for (const warning of result.warnings) console.warn(`${editionPath}: ${warning}`);
console.log(`Đã ghi ${sourcePath} và ${editionPath}.`);
console.log(
  `Tiếp theo: điền “CẦN ĐIỀN” trong frontmatter, đọc đối chiếu bản nháp với bản gốc, rồi npm run propose -- ${editionPath} --out drafts/${slug}.csv`,
);
