/**
 * The whole dataset, loaded and validated together: areas, indicators,
 * observations and the report editions their quotes and anchors point into.
 * Anything wrong is collected with file, line, column and fix; the build
 * refuses to run while the list is not empty.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { EditionBlock } from '../edition/block-ids.ts';
import { parseEdition, renderedEdition, splitFrontmatter, type EditionParts } from '../edition/parse.ts';
import { reportSchema, TO_FILL, type ReportMeta } from '../reports/schema.ts';
import { collapseWhitespace } from '../text/fold.ts';
import { areaLevels, areaSchema, type Area } from './areas.ts';
import { parseCsv } from './csv.ts';
import { decodeUtf8 } from './encoding.ts';
import { countedThingChecker, unitChecker, unitFacts, unitListProblems, unitSchema, UNITS_FILE, type UnitFacts } from './unit-list.ts';
import { DATA_DIR, REPORTS_DIR } from './files.ts';
import { DataValidationError, type DataIssue } from './errors.ts';
import { convertibleUnits, unitMismatch } from '../numbers/units.ts';
import { indicatorSchema, type Indicator } from './indicators.ts';
import { checkObservation, observationSchema, toObservation, type Observation } from './observations.ts';

export interface ReportEdition {
  slug: string;
  meta: ReportMeta;
  blocks: EditionBlock[];
  blockById: Map<string, EditionBlock>;
  /** The words of the closing (recipients, signature, signer). */
  closing: string[];
}

export interface Dataset {
  areas: Area[];
  indicators: Indicator[];
  observations: Observation[];
  /** What each count noun counts, and whether it counts people (data/units.csv). */
  units: UnitFacts;
  reports: Map<string, ReportEdition>;
  /** Line of each observation in data/observations.csv, for messages and notes. */
  observationLine: Map<string, number>;
}

export interface LoadResult {
  dataset: Dataset;
  issues: DataIssue[];
}

export interface DataPaths {
  dataDir: string;
  reportsDir: string;
  /** Editions already parsed (parseEditionFiles), by file path. */
  parsed?: ReadonlyMap<string, EditionParts>;
  /**
   * Parse every edition now, to refuse what a report may not contain (content-only.ts). The build always does (its
   * editions arrive parsed); tools and tests that only read figures leave it off and parse a report when a quote needs it.
   */
  checkEditions?: boolean;
}

export function defaultPaths(): DataPaths {
  return {
    dataDir: DATA_DIR,
    reportsDir: REPORTS_DIR,
  };
}

function readTable<S extends Parameters<typeof parseCsv>[2]>(dir: string, name: string, schema: S, issues: DataIssue[]) {
  const file = `data/${name}`;
  const path = join(dir, name);
  if (!existsSync(path)) {
    issues.push({ file, row: 0, message: 'thiếu tệp', fix: `tạo ${file} với dòng tiêu đề cột` });
    return [];
  }
  const decoded = decodeUtf8(readFileSync(path), file);
  if ('issue' in decoded) {
    issues.push(decoded.issue);
    return [];
  }
  const parsed = parseCsv(decoded.text, file, schema);
  issues.push(...parsed.issues);
  return parsed.rows;
}

/** Frontmatter values a draft left for the editor ("CẦN ĐIỀN: …"), with their path. */
function unfilled(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return value.includes(TO_FILL) ? [[path, value]] : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => unfilled(v, path ? `${path}.${k}` : k));
  return [];
}

const unicodeForm = (text: string) => (text === text.normalize('NFC') ? 'dựng sẵn, NFC' : text === text.normalize('NFD') ? 'tổ hợp, NFD' : 'trộn hai dạng');

/** Each area's parent exists, sits a level above it, and the chain of parents ends: every problem on the row to change. */
function areaHierarchyIssues(rows: { line: number; value: Area }[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(rows.map((r) => [r.value.id, r]));
  const rank = Object.keys(areaLevels);
  const file = 'data/areas.csv';
  for (const { line, value } of rows) {
    if (!value.parent) continue;
    const parent = byId.get(value.parent);
    if (!parent) {
      issues.push({ file, row: line, column: 'parent', message: `địa bàn cha "${value.parent}" không có`, fix: 'thêm địa bàn cha hoặc sửa id' });
      continue;
    }
    if (rank.indexOf(parent.value.level) >= rank.indexOf(value.level)) {
      issues.push({
        file,
        row: line,
        column: 'parent',
        message: `địa bàn cha "${value.parent}" (dòng ${parent.line}) là ${areaLevels[parent.value.level]}, không ở cấp trên của ${areaLevels[value.level]}`,
        fix: `parent phải là địa bàn cấp trên (${rank.slice(0, rank.indexOf(value.level)).join(' hoặc ')})`,
      });
    }
    const chain = [value.id];
    for (let current: typeof parent | undefined = parent; current?.value.parent; current = byId.get(current.value.parent)) {
      chain.push(current.value.id);
      if (current.value.id === value.id) {
        issues.push({
          file,
          row: line,
          column: 'parent',
          message: `cây địa bàn có vòng: ${chain.join(' → ')} (các dòng ${chain.slice(0, -1).map((id) => byId.get(id)!.line).join(', ')})`,
          fix: 'một địa bàn không thể nằm trong chính nó: sửa parent của một trong các dòng này',
        });
        break;
      }
      if (chain.length > rows.length) break;
    }
  }
  return issues;
}

/** A frontmatter schema problem in the editor's words (zod's own name the type it expected, in English). */
function frontmatterProblem(problem: { code: string; message: string; path: PropertyKey[]; keys?: string[]; values?: unknown[] }): { message: string; fix: string } {
  const schemaFix = 'sửa frontmatter theo src/lib/reports/schema.ts';
  if (problem.code === 'invalid_type' && problem.message.endsWith('received undefined')) {
    return { message: `thiếu ${problem.path.join('.')}`, fix: `thêm dòng "${String(problem.path.at(-1))}: …" (${schemaFix})` };
  }
  if (problem.code === 'unrecognized_keys') {
    return { message: `trường không có trong lược đồ: ${problem.keys!.join(', ')}`, fix: `xoá hoặc sửa tên trường (${schemaFix})` };
  }
  if (problem.code === 'invalid_value' && problem.values) {
    return { message: `giá trị không nằm trong danh sách`, fix: `dùng một trong: ${problem.values.join(', ')}` };
  }
  return { message: problem.message, fix: schemaFix };
}

/** The frontmatter line (in the file) where a top-level key is written, or 0 when it is missing. */
function lineOfKey(frontmatter: string, path: string): number {
  const key = path.split('.')[0];
  const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 0 : index + 2;
}

/** Editions parsed in this process, by their text: tests and tools load the same reports many times. */
const parsedBySource = new Map<string, EditionParts>();
function parsedOnce(source: string): EditionParts {
  let parts = parsedBySource.get(source);
  if (!parts) parsedBySource.set(source, (parts = parseEdition(source)));
  return parts;
}

/** Every report's frontmatter and text, read and checked; each problem names the file and line. */
function loadReports(
  reportsDir: string,
  issues: DataIssue[],
  preParsed?: ReadonlyMap<string, EditionParts>,
  checkEditions = false,
): Map<string, ReportEdition> {
  const reports = new Map<string, ReportEdition>();
  for (const name of readdirSync(reportsDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const slug = name.replace(/\.mdx$/, '');
    const path = join(reportsDir, name);
    const file = `content/reports/${name}`;
    const decoded = decodeUtf8(readFileSync(path), file);
    if ('issue' in decoded) {
      issues.push(decoded.issue);
      continue;
    }
    const source = decoded.text;
    const { frontmatter, bodyLine } = splitFrontmatter(source);
    if (!bodyLine) {
      issues.push({ file, row: 1, message: 'thiếu frontmatter', fix: 'tệp bắt đầu bằng dòng ---, rồi các dòng "tên: giá trị" (xem src/lib/reports/schema.ts), rồi dòng ---' });
      continue;
    }
    let yaml: unknown;
    try {
      yaml = loadYaml(frontmatter);
    } catch (error) {
      const { mark, reason } = error as { mark?: { line: number }; reason?: string };
      issues.push({
        file,
        // The frontmatter starts on the file's second line.
        row: (mark?.line ?? 0) + 2,
        message: `frontmatter không đọc được: ${reason ?? (error as Error).message}`,
        fix: 'mỗi dòng là "tên: giá trị"; dòng con thụt vào bằng dấu cách, thẳng hàng với các dòng cùng cấp; giá trị có dấu : # [ { hoặc " đặt trong "…" (dấu " bên trong viết \\")',
      });
      continue;
    }
    const toFill = unfilled(yaml);
    for (const [column, value] of toFill) {
      issues.push({ file, row: lineOfKey(frontmatter, column), column, message: `chưa điền: "${value}"`, fix: `thay “${TO_FILL}…” bằng nội dung thật (bản nháp do npm run import tạo)` });
    }
    if (toFill.length) continue;
    const meta = reportSchema.safeParse(yaml);
    if (!meta.success) {
      for (const problem of meta.error.issues) {
        // An unknown key is reported on the object that holds it: its line is the key's own.
        const column = problem.path.join('.') || ('keys' in problem ? problem.keys[0]! : '');
        issues.push({ file, row: lineOfKey(frontmatter, column), column, ...frontmatterProblem(problem) });
      }
      continue;
    }
    // Parsed already: on every core before the build (parseEditionFiles), or by this build's Markdown pass
    // (the search index, at the end of a build); else parsed here, for what the text may not contain.
    let parts: EditionParts | undefined = preParsed?.get(path) ?? renderedEdition(slug) ?? (checkEditions ? parsedOnce(source) : undefined);
    for (const problem of parts?.problems ?? []) issues.push({ file, row: problem.line, message: problem.message, fix: problem.fix });
    const read = () => (parts ??= parsedOnce(source));
    let blockById: Map<string, EditionBlock> | undefined;
    reports.set(slug, {
      slug,
      meta: meta.data,
      get blocks() {
        return read().blocks;
      },
      get closing() {
        return read().closing;
      },
      get blockById() {
        blockById ??= new Map(this.blocks.map((b: EditionBlock) => [b.id, b]));
        return blockById;
      },
    });
  }
  return reports;
}

/** The rows of data/units.csv, with the list's problems with itself added to `issues`. */
function readUnitList(dataDir: string, issues: DataIssue[]) {
  const rows = readTable(dataDir, UNITS_FILE, unitSchema, issues);
  issues.push(...unitListProblems(rows).map((problem) => ({ file: `data/${UNITS_FILE}`, ...problem })));
  return rows.map((r) => r.value);
}

/** What data/units.csv says of each unit, for tools and tests that need no other table; a table with problems stops them. */
export function loadUnitFacts(dataDir: string = DATA_DIR): UnitFacts {
  const issues: DataIssue[] = [];
  const units = readUnitList(dataDir, issues);
  if (issues.length) throw new DataValidationError(issues);
  return unitFacts(units);
}

export function loadDataset(paths: DataPaths = defaultPaths()): LoadResult {
  const issues: DataIssue[] = [];
  const areaRows = readTable(paths.dataDir, 'areas.csv', areaSchema, issues);
  const indicatorRows = readTable(paths.dataDir, 'indicators.csv', indicatorSchema, issues);
  const observationRows = readTable(paths.dataDir, 'observations.csv', observationSchema, issues);
  const countUnits = readUnitList(paths.dataDir, issues);
  const unitProblem = unitChecker(countUnits);
  const countProblem = countedThingChecker(countUnits);
  const reports = loadReports(paths.reportsDir, issues, paths.parsed, paths.checkEditions);

  const duplicates = (file: string, rows: { line: number; value: { id: string } }[]) => {
    const seen = new Map<string, number>();
    for (const { line, value } of rows) {
      const first = seen.get(value.id);
      if (first) issues.push({ file, row: line, column: 'id', message: `id "${value.id}" trùng với dòng ${first}`, fix: 'đặt một id khác, chưa dùng' });
      else seen.set(value.id, line);
    }
  };
  duplicates('data/areas.csv', areaRows);
  duplicates('data/indicators.csv', indicatorRows);
  duplicates('data/observations.csv', observationRows);

  const areaIds = new Set(areaRows.map((r) => r.value.id));
  issues.push(...areaHierarchyIssues(areaRows));
  for (const { line, value } of indicatorRows) {
    const problem = unitProblem(value.unit);
    if (problem) issues.push({ file: 'data/indicators.csv', row: line, column: 'unit', ...problem });
  }
  const indicatorById = new Map(indicatorRows.map((r) => [r.value.id, r.value]));
  const observationIds = new Set(observationRows.map((r) => r.value.id));
  const observationLine = new Map<string, number>();
  const file = 'data/observations.csv';

  for (const { line, value: row } of observationRows) {
    observationLine.set(row.id, line);
    const o = toObservation(row);
    const problem = (column: string, message: string, fix: string) => issues.push({ file, row: line, column, message, fix });
    const unitOutsideList = unitProblem(o.unit);
    if (unitOutsideList) problem('unit', unitOutsideList.message, unitOutsideList.fix);
    const indicator = indicatorById.get(o.indicator);
    if (!indicator) problem('indicator', `chỉ tiêu "${o.indicator}" không có trong data/indicators.csv`, 'dùng id có sẵn hoặc thêm chỉ tiêu vào data/indicators.csv');
    else {
      // Count nouns vary as printed ("đồng chí", "đảng viên"); a measured unit must convert to the indicator's.
      const mismatch = unitMismatch(o.unit, indicator.unit);
      const convertible = convertibleUnits(indicator.unit);
      if (mismatch) problem('unit', `${mismatch} (chỉ tiêu ${o.indicator})`, `ghi unit là ${convertible.length ? convertible.map((u) => `"${u}"`).join(', ') : `"${indicator.unit}"`} hoặc dùng chỉ tiêu khác`);
      const counts = countProblem(o, indicator);
      if (counts) problem(counts.column, counts.message, counts.fix);
    }
    if (!areaIds.has(o.area)) problem('area', `địa bàn "${o.area}" không có trong data/areas.csv`, 'dùng id địa bàn có sẵn (ví dụ nam-tu-liem)');
    for (const ref of ['partOf', 'percentOf'] as const) {
      const target = o[ref];
      if (target && !observationIds.has(target)) problem(ref === 'partOf' ? 'part_of' : 'percent_of', `không có số liệu "${target}"`, 'dùng id của một dòng có trong tệp');
      if (target === o.id) problem(ref === 'partOf' ? 'part_of' : 'percent_of', 'trỏ vào chính nó', 'trỏ vào dòng tổng/tỷ số khác');
    }
    for (const p of checkObservation(o)) problem(p.column, p.message, p.fix);

    const report = reports.get(o.report);
    if (!report) {
      problem('report', `không có văn bản "${o.report}" trong content/reports/`, 'dùng slug của một văn bản có sẵn');
      continue;
    }
    const block = report.blockById.get(o.anchor);
    const quote = collapseWhitespace(o.quote);
    if (!block) {
      problem('anchor', `trang /bao-cao/${o.report}/ không có đoạn #${o.anchor}`, 'lấy mã đoạn từ ký hiệu ¶ của đoạn chứa trích dẫn');
    } else if (!block.text.includes(quote)) {
      const elsewhere = report.blocks.filter((b) => b.text.includes(quote)).map((b) => b.id);
      if (elsewhere.length) problem('anchor', `trích dẫn nằm ở đoạn ${elsewhere.join(', ')}, không ở #${o.anchor}`, `sửa anchor thành ${elsewhere[0]}`);
      else if (block.text.normalize('NFC').includes(quote.normalize('NFC')))
        // The same letters in another Unicode form (decomposed "ê" + combining accent, as some keyboards and PDFs write it): invisible, but not the page's text.
        problem('quote', `trích dẫn có đúng các chữ của đoạn #${o.anchor} nhưng khác dạng Unicode (${unicodeForm(quote)}; văn bản: ${unicodeForm(block.text)})`, 'chép lại câu trích từ trang văn bản, hoặc chuyển ô này sang dạng dựng sẵn (NFC)');
      else problem('quote', 'trích dẫn không có nguyên văn trong văn bản', 'chép lại nguyên văn từ trang văn bản (giữ lỗi chính tả, bỏ dấu * và số chú thích)');
    }
    // A duration or a target span rests on words the reader can find: in the quote, or in its paragraph.
    for (const [column, words] of [
      ['duration_words', o.durationWords],
      ['target_words', o.targetWords],
    ] as const) {
      if (words === undefined) continue;
      const wanted = collapseWhitespace(words);
      if (!quote.includes(wanted) && !block?.text.includes(wanted))
        problem(column, `"${words}" không có trong trích dẫn hay trong đoạn #${o.anchor}`, 'chép nguyên văn các chữ từ câu trích hoặc từ đoạn văn chứa nó; nếu văn bản không nói, để trống cột này');
    }
  }

  const dataset: Dataset = {
    areas: areaRows.map((r) => r.value),
    indicators: indicatorRows.map((r) => r.value),
    observations: observationRows.map((r) => toObservation(r.value)),
    units: unitFacts(countUnits),
    reports,
    observationLine,
  };
  return { dataset, issues };
}
