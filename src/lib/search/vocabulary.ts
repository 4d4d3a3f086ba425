/**
 * The words the search index and the search page share: kinds of result and
 * filter names. Kept free of imports so the search page's script stays small
 * (the data schemas, and zod with them, never reach the browser).
 */

/** Kinds of result, as readers see them: a passage of a report, one figure, an indicator's page, a chart. */
export const RESULT_KINDS = { text: 'Văn bản', figure: 'Số liệu', indicator: 'Chỉ tiêu', chart: 'Biểu đồ' } as const;
export type ResultKind = keyof typeof RESULT_KINDS;

/** Filter names used in the index (values are what readers see), in the order the search page shows them. */
export const FILTERS = { kind: 'Loại kết quả', area: 'Địa bàn', report: 'Văn bản', type: 'Loại văn bản', year: 'Năm' } as const;
export type FilterName = keyof typeof FILTERS;

/** A figure's title is its printed value, this, and what it counts: "313 — Hội nghị đối thoại". */
export const FIGURE_TITLE_SEPARATOR = ' — ';
