/** Sentence case for labels that start a heading or a chart row: "quận Đống Đa" -> "Quận Đống Đa". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
