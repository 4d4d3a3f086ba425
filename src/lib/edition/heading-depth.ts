/** Heading depth from a line's numbering scheme (Phần, I., 1., 1.1., 5.2.1.), or 0 when the line is not a heading. */
export function headingDepth(line: string): number {
  const text = line.replace(/\*+/g, '').trim();
  if (/^(Phần|PHẦN) (thứ|THỨ) \S+$/.test(text)) return 2;
  // A heading is one short statement: numbered items that run to several
  // sentences, or end in a comma or semicolon, are paragraphs of a list.
  if (
    text.length > 240 ||
    (text.endsWith('.') && text.length > 160) ||
    /[;,]$/.test(text) ||
    /\.\s+\p{Lu}/u.test(text.replace(/^[\dIVX.]+\s/, ''))
  )
    return 0;
  if (/^[IVX]+\.\s/.test(text)) return 3;
  if (/^\d+\.\d+\.\d+\.\s/.test(text)) return 6;
  if (/^\d+\.\d+\.\s/.test(text)) return 5;
  if (/^\d+\.\s/.test(text)) return 4;
  return 0;
}
