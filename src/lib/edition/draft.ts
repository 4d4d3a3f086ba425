/**
 * A draft edition, frontmatter included: what the masthead gave (title,
 * issuer lines, number, date, byline, omitted web chrome with reasons) is
 * filled in; what only an editor knows (summary, the report's period, the
 * outlet's name) is marked TO_FILL: the build names each one and refuses to
 * publish the draft until it is filled.
 */
import { foldVietnamese } from '../text/fold.ts';
import type { Area } from '../data/areas.ts';
import { TO_FILL, type DocumentType } from '../reports/schema.ts';
import { importReport, type ImportResult } from './import.ts';
import type { Masthead } from './masthead.ts';

export interface DraftOptions {
  slug: string;
  /** The source's name under data/sources/. */
  sourceFile: string;
  /** The file the editor received. */
  originalName: string;
  /** Every known area (data/areas.csv), to recognise the one the report is about. */
  areas: Area[];
  /** The area's id when the editor knows it; otherwise the most mentioned known area. */
  area?: string;
}

const SHORT_TITLE_MAX = 90;

export function guessDocumentType(m: Masthead): DocumentType {
  if (/dự thảo/iu.test(m.kindPrinted ?? '')) return 'du-thao-bao-cao-chinh-tri';
  if (m.kindPrinted || m.documentNumber || m.issuerPrinted.length) return 'bao-cao';
  if (m.outletMark === 'TCCS') return 'bai-tap-chi';
  if (m.omitted.some((o) => /tin tức/iu.test(o.text))) return 'tin-tuc';
  return 'bai-bao';
}

/** The known area the text names most often with its level ("phường Đức Giang", "quận Long Biên"). */
export function guessArea(text: string, areas: Area[]): Area | undefined {
  const folded = foldVietnamese(text);
  const levelWord: Record<Area['level'], string> = { 'thanh-pho': 'thanh pho', quan: 'quan', phuong: 'phuong' };
  let best: { area: Area; count: number } | undefined;
  for (const area of areas) {
    if (area.level === 'thanh-pho') continue;
    const name = foldVietnamese(area.name);
    // "quận Long Biên", and the committee's own name: "Quận ủy Long Biên".
    const count = [`${levelWord[area.level]} ${name}`, `${levelWord[area.level]} uy ${name}`].reduce(
      (n, phrase) => n + folded.split(phrase).length - 1,
      0,
    );
    if (count && (!best || count > best.count)) best = { area, count };
  }
  return best?.area;
}

const yamlString = (s: string) => JSON.stringify(s);
const fill = (what: string) => `${TO_FILL}: ${what}`;

export function draftFrontmatter(m: Masthead, options: DraftOptions & { area: string }): string {
  const documentType = guessDocumentType(m);
  const title = m.title ?? fill('tiêu đề văn bản');
  const issuer = m.issuerPrinted.at(-1) ?? m.outlet ?? fill('cơ quan ban hành hoặc tòa soạn');
  const year = m.date?.slice(0, 4);
  const web = documentType === 'bai-bao' || documentType === 'tin-tuc' || documentType === 'bai-tap-chi';
  const lines = [
    `title: ${yamlString(title)}`,
    `shortTitle: ${yamlString(title.length <= SHORT_TITLE_MAX ? title : fill('tên ngắn (dưới 90 ký tự)'))}`,
    `summary: ${yamlString(fill('một câu tóm tắt văn bản'))}`,
    `documentType: ${documentType}`,
    `issuer: ${yamlString(issuer)}`,
    m.issuerPrinted.length ? `issuerPrinted: [${m.issuerPrinted.map(yamlString).join(', ')}]` : '',
    m.motto ? `motto: ${yamlString(m.motto)}` : '',
    m.documentNumber ? `documentNumber: ${yamlString(m.documentNumber)}` : '',
    m.datePrinted ? `datePrinted: ${yamlString(m.datePrinted)}` : '',
    m.date ? `date: ${yamlString(m.date)}` : '',
    m.kindPrinted ? `kindPrinted: ${yamlString(m.kindPrinted)}` : '',
    m.subtitle ? `subtitle: ${yamlString(m.subtitle)}` : '',
    web ? `outlet: ${yamlString(m.outlet ?? fill(m.outletMark ? `tên tòa soạn (${m.outletMark})` : 'tên báo hoặc trang web'))}` : '',
    m.author ? `author: ${yamlString(m.author)}` : '',
    m.bylinePrinted ? `bylinePrinted: ${yamlString(m.bylinePrinted)}` : '',
    `areas: [${options.area}]`,
    `period: { start: ${yamlString(year ?? fill('năm đầu kỳ'))}, end: ${yamlString(m.date ?? fill('cuối kỳ'))}, label: ${yamlString(fill('kỳ báo cáo, ví dụ “Nhiệm kỳ 2020–2025”'))} }`,
    `draft: ${documentType === 'du-thao-bao-cao-chinh-tri'}`,
    `source: { file: ${options.sourceFile}, originalName: ${yamlString(options.originalName)} }`,
    m.omitted.length ? 'omitted:' : '',
    ...uniqueOmissions(m).map((o) => `  - { text: ${yamlString(o.text)}, reason: ${yamlString(o.reason)} }`),
  ];
  return `---\n${lines.filter(Boolean).join('\n')}\n---\n`;
}

function uniqueOmissions(m: Masthead) {
  const seen = new Set<string>();
  return m.omitted.filter((o) => !seen.has(o.text) && seen.add(o.text));
}

/** The whole draft: frontmatter and an imported body, with the importer's warnings and what the frontmatter still needs. */
export function assembleDraft(imported: ImportResult, source: string, options: DraftOptions): ImportResult {
  const known = options.area ?? guessArea(source, options.areas)?.id;
  const warnings = [...imported.warnings];
  if (!known) warnings.push(`không nhận ra địa bàn: ghi id địa bàn vào areas (thêm dòng vào data/areas.csv nếu chưa có)`);
  else if (!options.areas.some((a) => a.id === known))
    warnings.push(`địa bàn "${known}" chưa có trong data/areas.csv: thêm dòng id,name,level,parent,valid_from,valid_to`);
  warnings.push(`documentType đoán là "${guessDocumentType(imported.masthead)}": kiểm tra`);
  const frontmatter = draftFrontmatter(imported.masthead, { ...options, area: known ?? 'can-dien' });
  const toFill = frontmatter.split('\n').filter((l) => l.includes(TO_FILL)).length;
  if (toFill) warnings.push(`${toFill} dòng frontmatter có “${TO_FILL}”: điền trước khi xây dựng trang`);
  return { ...imported, mdx: `${frontmatter}\n${imported.mdx}`, warnings };
}

/** A draft edition of a plain-text source. */
export function draftEdition(source: string, options: DraftOptions): ImportResult {
  return assembleDraft(importReport(source), source, options);
}
