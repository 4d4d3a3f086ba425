/**
 * Footnote markers in the sources are Unicode superscripts: "¹", "²⁵", "⁽⁶⁾".
 * "3⁺" (third child or more) and "‰" (per mille) are not markers, so only
 * superscript digits, optionally in superscript parentheses, count.
 */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export const FOOTNOTE_MARKER = /⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾?/g;

/** "²⁵" -> 25; throws on anything that is not superscript digits. */
export function superscriptToNumber(marker: string): number {
  let value = 0;
  for (const char of marker) {
    const digit = SUPERSCRIPT_DIGITS.indexOf(char);
    if (digit < 0) throw new Error(`Not a superscript digit: "${char}" in "${marker}"`);
    value = value * 10 + digit;
  }
  return value;
}

/** Remove footnote markers from text (for comparing with quotes and sentences). */
export function stripFootnoteMarkers(text: string): string {
  return text.replace(FOOTNOTE_MARKER, '');
}

/** A line that defines a footnote: starts with its marker and a space. */
export function parseFootnoteDefinition(line: string): { number: number; text: string } | null {
  const match = /^⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾?\s+(.*)$/.exec(line);
  if (!match) return null;
  return { number: superscriptToNumber(match[1]!), text: match[2]! };
}
