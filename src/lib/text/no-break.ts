/**
 * Ranges of years ("2020-2025", "2015 – 2020", "2020-2023") read as one unit:
 * a line must not break inside them, nor leave "2020-" at a line's end.
 * The words stay as printed; the page only marks where not to break.
 */
const YEAR_RANGE = /(?<!\d)(?:19|20)\d{2}\s?[-–]\s?(?:(?:19|20)\d{2}|\d{2})(?!\d)/g;

export interface TextPart {
  text: string;
  /** True for a range that must stay on one line. */
  keep: boolean;
}

export function noBreakParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(YEAR_RANGE)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), keep: false });
    parts.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), keep: false });
  return parts;
}
