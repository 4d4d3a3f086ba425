/**
 * The words the search index and the search page share: kinds of result and
 * filter names. Kept free of imports so the search page's script stays small
 * (the data schemas, and zod with them, never reach the browser).
 */

/** Kinds of result, as readers see them. */
export const RESULT_KINDS = { text: 'Văn bản', figure: 'Số liệu', chart: 'Biểu đồ' } as const;

/** Filter names used in the index (values are what readers see). */
export const FILTERS = { area: 'Địa bàn', report: 'Văn bản', type: 'Loại văn bản', year: 'Năm', kind: 'Loại kết quả' } as const;
