/**
 * JSON written inside a <script> element (JSON-LD, data read by a page's
 * script). JSON.stringify leaves "</script>", "<!--" and the line separators
 * as they are; written into HTML they would end the element early and let the
 * rest run as markup. Escaped as \uXXXX, the JSON still parses to the same value.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
