/**
 * Text measurement without a browser: an average advance width per character
 * for Be Vietnam Pro (the font shipped with the site and used for PNGs), good
 * enough to wrap titles and notes inside the chart image.
 */
const AVERAGE_ADVANCE = 0.56;
const BOLD_FACTOR = 1.06;

export function textWidth(text: string, fontSize: number, bold = false): number {
  return [...text].length * fontSize * AVERAGE_ADVANCE * (bold ? BOLD_FACTOR : 1);
}

/** Greedy word wrap to a width in pixels. A single word longer than the line gets its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
