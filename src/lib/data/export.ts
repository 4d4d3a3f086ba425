/**
 * Open-data exports: the tables as CSV (UTF-8 with BOM and CRLF so Excel
 * shows Vietnamese correctly), JSON, and a Frictionless datapackage.json.
 * One description per column feeds the files, the data package and the
 * data dictionary on /du-lieu/, so they cannot drift apart.
 */
import { absoluteUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import { figurePath } from './citation.ts';
import { excelCsv } from './excel-csv.ts';
import { DATE_FORMAT as date, OBSERVATION_COLUMNS, observationCells } from './observations.ts';
import type { SiteData } from './site-data.ts';

export type FieldType = 'string' | 'number' | 'integer' | 'date';
export interface Field {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
}
export interface Table {
  name: string;
  title: string;
  path: string;
  description: string;
  fields: Field[];
  primaryKey?: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  rows: Record<string, string | number | undefined>[];
}

export const LICENSE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' };


/** The columns of data/observations.csv as defined once (observations.ts), with the two the export adds beside them. */
function observationFields(): Field[] {
  const added: Record<string, Field> = {
    report: { name: 'report_title', type: 'string', description: 'Tên ngắn của văn bản nguồn' },
    anchor: {
      name: 'url',
      type: 'string',
      description: 'Địa chỉ của con số trong văn bản: trang mở ra đúng con số, đánh dấu trong câu của nó',
      required: true,
    },
  };
  return Object.entries(OBSERVATION_COLUMNS).flatMap(([name, column]) => {
    const field: Field = { name, type: column.type, description: column.description, ...('required' in column ? { required: true } : {}) };
    return added[name] ? [field, added[name]] : [field];
  });
}

export function buildTables(data: SiteData): Table[] {
  const reportTitle = (slug: string) => data.reports.get(slug)?.meta.shortTitle ?? slug;
  const observationColumns = observationFields();
  return [
    {
      name: 'observations',
      title: 'Số liệu',
      path: 'observations.csv',
      description: 'Mỗi dòng là một con số in trong một văn bản, kèm câu trích nguyên văn và liên kết đến chính con số trong văn bản.',
      primaryKey: 'id',
      foreignKeys: [
        { fields: 'indicator', reference: { resource: 'indicators', fields: 'id' } },
        { fields: 'area', reference: { resource: 'areas', fields: 'id' } },
      ],
      fields: observationColumns,
      rows: data.observations.map((o) => {
        const cells: Table['rows'][number] = { ...observationCells(o), report_title: reportTitle(o.report), url: absoluteUrl(figurePath(o)) };
        // In the fields' order, so the JSON download lists a row's keys as the CSV lists its columns.
        return Object.fromEntries(observationColumns.map(({ name }) => [name, cells[name]]));
      }),
    },
    {
      name: 'indicators',
      title: 'Chỉ tiêu',
      path: 'indicators.csv',
      description: 'Danh mục chỉ tiêu: định nghĩa, đơn vị, chủ đề và khả năng so sánh giữa các địa bàn.',
      primaryKey: 'id',
      fields: [
        { name: 'id', type: 'string', description: 'Mã chỉ tiêu, dùng trong địa chỉ /so-lieu/<mã>/', required: true },
        { name: 'name', type: 'string', description: 'Tên chỉ tiêu', required: true },
        { name: 'definition', type: 'string', description: 'Định nghĩa', required: true },
        { name: 'unit', type: 'string', description: 'Đơn vị', required: true },
        { name: 'topic', type: 'string', description: 'Chủ đề', required: true },
        { name: 'comparability', type: 'string', description: 'comparable (so sánh được), comparable-with-care (cần thận trọng), not-comparable', required: true },
        { name: 'comparability_note', type: 'string', description: 'Vì sao và so sánh thế nào (định nghĩa, độ dài kỳ, mẫu số)' },
      ],
      rows: data.indicators.map((i) => ({ ...i })),
    },
    {
      name: 'areas',
      title: 'Địa bàn',
      path: 'areas.csv',
      description: 'Địa bàn, quan hệ cấp trên (Hà Nội → quận → phường, hoặc Hà Nội → phường từ 1/7/2025) và thời gian là đơn vị hành chính.',
      primaryKey: 'id',
      foreignKeys: [{ fields: 'parent', reference: { resource: 'areas', fields: 'id' } }],
      fields: [
        { name: 'id', type: 'string', description: 'Mã địa bàn (slug không dấu)', required: true },
        { name: 'name', type: 'string', description: 'Tên địa bàn', required: true },
        { name: 'level', type: 'string', description: 'Cấp: thanh-pho, quan, phuong', required: true },
        { name: 'parent', type: 'string', description: 'Mã địa bàn cấp trên' },
        { name: 'valid_from', type: 'string', description: `Ngày đầu là đơn vị hành chính, nếu bắt đầu trong thời gian trang bao quát (phường trực thuộc thành phố từ 2025-07-01). ${date}` },
        { name: 'valid_to', type: 'string', description: `Ngày cuối là đơn vị hành chính: các quận đến 2025-06-30, khi chính quyền địa phương chuyển sang hai cấp. ${date}` },
      ],
      rows: data.areas.map((a) => ({ ...a })),
    },
    {
      name: 'data-notes',
      title: 'Ghi chú dữ liệu',
      path: 'data-notes.csv',
      description: 'Chỗ các số in cùng nhau không khớp khi tính lại (tỷ số và phần trăm, các phần và tổng). Số gốc không bị sửa.',
      primaryKey: 'id',
      fields: [
        { name: 'id', type: 'string', description: 'Mã ghi chú', required: true },
        { name: 'kind', type: 'string', description: 'percent (tỷ lệ) hoặc parts (các phần và tổng)', required: true },
        { name: 'observation', type: 'string', description: 'Mã số liệu được ghi chú', required: true },
        { name: 'related', type: 'string', description: 'Các mã số liệu liên quan, cách nhau bởi dấu cách' },
        { name: 'report', type: 'string', description: 'Mã văn bản', required: true },
        { name: 'printed', type: 'string', description: 'Con số như in', required: true },
        { name: 'computed', type: 'number', description: 'Giá trị tính lại', required: true },
        { name: 'message', type: 'string', description: 'Giải thích', required: true },
      ],
      rows: data.notes.map((n) => ({ ...n, related: n.related.join(' ') })),
    },
  ];
}

/** A table as its CSV download (see excel-csv.ts). */
export function toCsv(table: Table): string {
  const fields = table.fields.map((f) => f.name);
  return excelCsv(
    fields,
    table.rows.map((r) => fields.map((c) => r[c])),
  );
}

export function datapackage(tables: Table[]) {
  return {
    profile: 'tabular-data-package',
    name: 'bao-cao-mo',
    title: `${SITE_NAME}: số liệu từ các báo cáo xây dựng Đảng ở Hà Nội`,
    homepage: absoluteUrl(routes.data()),
    licenses: [LICENSE],
    resources: tables.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: {
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description, ...(f.required ? { constraints: { required: true } } : {}) })),
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys.map((k) => ({ ...k, reference: { ...k.reference, resource: k.reference.resource === t.name ? '' : k.reference.resource } })) } : {}),
      },
    })),
  };
}
