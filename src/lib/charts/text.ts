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

/**
 * A word too long for the line, cut after its "/" and "-" (an address, a
 * slug) into pieces that fit; a word with no such place stays whole.
 */
function breakLongWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  if (textWidth(word, fontSize, bold) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const part of word.split(/(?<=[/-])/)) {
    if (piece && textWidth(piece + part, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = part;
    } else piece += part;
  }
  return [...pieces, piece];
}

/** Greedy word wrap to a width in pixels. A word longer than the line is cut after "/" or "-", else gets its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).flatMap((w) => (w ? breakLongWord(w, maxWidth, fontSize, bold) : []))) {
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
