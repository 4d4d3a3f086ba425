/**
 * Draft observation rows for a report:
 *   npm run propose -- <source.txt | content/reports/<slug>.mdx> --out drafts/<slug>.csv
 * With an edition (.mdx, or the .txt whose edition names it as source) the
 * anchors are the page's paragraph ids; with a bare text they follow the
 * draft `npm run import` would make. Options: --area <id>, --date YYYY-MM-DD,
 * --prefix <letters> (ids of the new rows). Then: npm run review -- <draft.csv>.
 * Indicators are guessed by a guesser that learns from the figures already in
 * data/observations.csv; a guess below its measured threshold is left blank
 * and a new indicator is drafted instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { load as loadYaml } from 'js-yaml';
import { areaSchema } from '../lib/data/areas.ts';
import { parseCsv } from '../lib/data/csv.ts';
import { DATA_DIR, REPORTS_DIR, reportSlugs } from '../lib/data/files.ts';
import { loadDataset } from '../lib/data/dataset.ts';
import { draftEdition, guessArea } from '../lib/edition/draft.ts';
import { formatNumber } from '../lib/numbers/format.ts';
import { parseEdition, splitFrontmatter } from '../lib/edition/parse.ts';
import { draftCsv, propose } from '../lib/propose/draft-rows.ts';
import { curatedExamples, trainGuesser } from '../lib/propose/training.ts';
import { reportSchema, TO_FILL, type ReportMeta } from '../lib/reports/schema.ts';
import { slugify } from '../lib/text/fold.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, area: { type: 'string' }, date: { type: 'string' }, prefix: { type: 'string' } },
});
const [input] = positionals;
if (!input || !values.out) {
  console.error(
    'cách dùng: npm run propose -- <văn-bản.txt | bản-điện-tử.mdx> --out <bản-nháp.csv> [--area <id>] [--date YYYY-MM-DD] [--prefix <chữ>]',
  );
  process.exit(2);
}

const areas = parseCsv(readFileSync(join(DATA_DIR, 'areas.csv'), 'utf8'), 'data/areas.csv', areaSchema).rows.map((r) => r.value);
const { dataset } = loadDataset();
const indicators = dataset.indicators;
const examples = curatedExamples(dataset);
const guesser = trainGuesser(examples, indicators);

/** The edition whose frontmatter names this text as its source, if there is one. */
function editionFor(sourceFile: string): string | undefined {
  return reportSlugs()
    .map((slug) => join(REPORTS_DIR, `${slug}.mdx`))
    .find(
      (path) =>
        (loadYaml(splitFrontmatter(readFileSync(path, 'utf8')).frontmatter) as { source?: { file?: string } })?.source?.file === sourceFile,
    );
}

const mdxPath = input.endsWith('.mdx') ? input : editionFor(basename(input));
const text = readFileSync(input, 'utf8');
let slug: string;
let mdx: string;
if (mdxPath) {
  slug = basename(mdxPath, '.mdx');
  mdx = readFileSync(mdxPath, 'utf8');
} else {
  slug = slugify(basename(input).replace(/\.txt$/, ''), 8);
  mdx = draftEdition(text, { slug, sourceFile: `${slug}.txt`, originalName: basename(input), areas, area: values.area }).mdx;
  console.warn(`Chưa có bản điện tử cho ${input}: mã đoạn theo bản nháp của npm run import (chạy import trước để mã đoạn khớp trang).`);
}
const edition = parseEdition(mdx);
const frontmatter = reportSchema.safeParse(loadYaml(edition.frontmatter));
const meta: Partial<ReportMeta> = frontmatter.success ? frontmatter.data : ((loadYaml(edition.frontmatter) as Partial<ReportMeta>) ?? {});
const date = values.date ?? meta.date;
const area = values.area ?? meta.areas?.[0] ?? guessArea(text, areas)?.id ?? '';
const prefix =
  values.prefix ??
  slug
    .split('-')
    .filter((w) => /^[a-z]+$/.test(w))
    .map((w) => w[0])
    .join('')
    .slice(0, 4);
const proposals = propose(
  {
    report: slug,
    area,
    blocks: edition.blocks,
    indicators,
    units: dataset.units,
    time: { date, period: meta.period && !meta.period.label?.includes(TO_FILL) ? meta.period : undefined },
    prefix,
  },
  guesser,
);

if (!existsSync(dirname(values.out))) mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, draftCsv(proposals));
const count = (kind: string) => formatNumber(proposals.filter((p) => p.row.proposal === kind).length, 'count');
console.log(
  `${values.out}: ${count('figure')} số liệu đề xuất, ${count('exclusion')} gợi ý loại trừ, ${count('rule')} số không phải số liệu theo quy tắc (văn bản ${slug}, địa bàn ${area || '?'}, ngày ${date ?? '?'}).`,
);
const learnt = formatNumber([...examples.values()].flat().length, 'count');
console.log(
  guesser.calibration
    ? `Chỉ tiêu: học từ ${learnt} số liệu đã duyệt; chỉ điền khi khả năng đúng từ ${formatNumber(100 * guesser.calibration.threshold, 'count', '%')} trở lên, còn lại đề xuất chỉ tiêu mới (cột new_indicator_*) để nhận hoặc gộp vào chỉ tiêu có sẵn.`
    : 'Chỉ tiêu: chưa có số liệu đã duyệt của ít nhất hai văn bản để đo ngưỡng, nên mọi chỉ tiêu đoán được đều điền: kiểm tra từng dòng.',
);
if (!area) console.warn('Không nhận ra địa bàn: thêm --area <id>.');
if (!date) console.warn('Không có ngày của văn bản: kỳ và thời điểm cần điền tay, hoặc chạy lại với --date.');
console.log(`Tiếp theo: npm run review -- ${values.out}`);
