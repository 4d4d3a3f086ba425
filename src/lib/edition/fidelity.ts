/**
 * Fidelity of an edition to its source: which sentences of the source text
 * cannot be found in the published page. Comparison ignores only what the
 * edition is allowed to change: Markdown emphasis marks, footnote marker form,
 * line breaks and runs of spaces, and parts listed as deliberately omitted.
 */
import { collapseWhitespace } from '../text/fold.ts';
import { parseFootnoteDefinition, stripFootnoteMarkers } from '../text/superscript.ts';

/**
 * Emphasis marks and footnote markers are form, not words. Bold marks glued
 * between two words ("Phần thứ hai**NHIỆM VỤ") separated headings in the Word
 * file, so they stand for a break.
 */
const normalise = (text: string): string =>
  collapseWhitespace(stripFootnoteMarkers(text.replace(/(?<=[\p{L}\p{N}.])\*{2,}(?=[\p{L}\p{N}])/gu, ' ').replace(/\*+/g, '')));

/** The sentences a reader must find, line by line, in the order of the source. */
export function sourceSentences(source: string, omitted: string[] = []): string[] {
  const sentences: string[] = [];
  for (const rawLine of source.split(/\r?\n/)) {
    let line = rawLine.trim();
    const footnote = parseFootnoteDefinition(line);
    if (footnote) line = footnote.text;
    // "- " and "+ " open list items in the converted text: bullets, not words.
    line = line.replace(/^[-+]\s+/, '');
    line = normalise(line);
    for (const part of omitted.map(normalise).filter(Boolean)) line = line.split(part).join(' ');
    line = collapseWhitespace(line).replace(/^[|\s]+|[|\s]+$/g, '');
    if (!line) continue;
    for (const sentence of line.split(/(?<=[.!?;:])\s+/)) if (sentence.trim()) sentences.push(sentence.trim());
  }
  return sentences;
}

export function missingSentences(source: string, pageText: string, omitted: string[] = []): string[] {
  const page = collapseWhitespace(pageText);
  return sourceSentences(source, omitted).filter((s) => !page.includes(s));
}
