/**
 * Vietnamese text folding: the one place that decides how text compares when
 * diacritics, case and spacing must not matter (slugs, search, coverage).
 */

/** Strip tone marks and vowel marks, map đ/Đ to d/D. Case is kept. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case ASCII-folded form, used wherever users type without diacritics. */
export function foldVietnamese(text: string): string {
  return stripDiacritics(text).toLowerCase();
}

/** Collapse every run of white space (including no-break spaces) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A readable URL slug without diacritics: "Nam Từ Liêm" -> "nam-tu-liem". */
export function slugify(text: string, maxWords = Infinity): string {
  const words = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.slice(0, maxWords).join('-');
}
