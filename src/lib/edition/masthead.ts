/**
 * What surrounds the text of a converted source: the masthead of an official
 * document (issuer lines, "ĐẢNG CỘNG SẢN VIỆT NAM", number, place and date,
 * kind, title, subtitle) or the chrome of a web page (section name, title,
 * byline, date and view counter, hotlines, comment counts, related-article
 * lists). Masthead lines become frontmatter the report page shows above the
 * text; chrome becomes `omitted` lines, each with its reason. The fidelity
 * test accepts both, so every word of the source stays accounted for.
 */
import { collapseWhitespace } from '../text/fold.ts';
import { FURNITURE_REASONS, furnitureReason, isNoteDefinition } from '../text/furniture.ts';
import { headingDepth } from './heading-depth.ts';

export interface Omission {
  text: string;
  reason: string;
}

export interface Masthead {
  title?: string;
  subtitle?: string;
  issuerPrinted: string[];
  motto?: string;
  documentNumber?: string;
  datePrinted?: string;
  /** ISO partial date read from the date line or the byline. */
  date?: string;
  kindPrinted?: string;
  bylinePrinted?: string;
  author?: string;
  /** "(HNM)", "TCCS": the outlet's mark opening a news text. */
  outletMark?: string;
  /** The site's own name at the top of a web page: "Cổng thông tin điện tử quận Long Biên". */
  outlet?: string;
  /** Web chrome was found: the source is a web page. */
  web: boolean;
  omitted: Omission[];
  /** Source line indexes (0-based) consumed here: not part of the body. */
  lines: Set<number>;
}

const REASONS = {
  ...FURNITURE_REASONS,
  decoration: 'Dấu trang trí dưới tên cơ quan trong văn bản Word, không phải chữ.',
  repeatedTitle: 'Tiêu đề lặp lại trong khối tin liên quan cuối trang; đã dùng làm tiêu đề bài.',
  related: 'Tiêu đề tin liên quan cuối trang web; không thuộc bài.',
} as const;

const DATE_TIME = /(\d{1,2})(?:\/|\s+[Tt]háng\s+)(\d{1,2})(?:\/|,?\s+)(\d{4})(?:\s*[|,-]?\s*\d{1,2}:\d{2})?/;
const PLACE_DATE = /^[\p{L}\s]{2,40}, ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/u;
const KINDS = /^(BÁO CÁO|Báo cáo|DỰ THẢO|Dự thảo|TỜ TRÌNH|Tờ trình|THÔNG BÁO|NGHỊ QUYẾT|DIỄN VĂN|Diễn văn|BÀI PHÁT BIỂU)$/u;
const ISSUER = /^(ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|QUẬN ỦY|QUẬN UỶ|HUYỆN ỦY|THÀNH ỦY|BAN |CHI BỘ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|MẶT TRẬN)/u;
const OUTLET_NAME = /^(Cổng thông tin|Trang thông tin|Báo |Tạp chí )/u;
const OUTLET_MARK = /^(\([A-ZĐ]{2,8}\)|[A-ZĐ]{2,8})\s+[-–]\s+/u;

/** "Bài và ảnh: Hoàng Minh", "Tác giả: …": who wrote the article. */
const BYLINE = /^(?:Bài và ảnh|Bài, ảnh|Bài|Tác giả|Nhóm phóng viên)\s*:\s*(\p{Lu}[\p{L}\s.,-]{1,60})$/u;
const pad = (n: string) => n.padStart(2, '0');
const iso = (day: string | undefined, month: string, year: string) => (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`);
const plain = (line: string) => collapseWhitespace(line.replace(/\*+/g, ''));
const isChrome = furnitureReason;
const endsSentence = (line: string) => /[.!?;:…”"')\]]$/.test(line.replace(/\*+$/, ''));

const TITLE_MAX = 320;

/** A title line: bold all through or in capitals, not a sentence. */
function isTitleLike(line: string): boolean {
  const text = plain(line);
  const bold = /^\*\*[\s\S]*\*\*$/.test(line.trim());
  return (bold || text === text.toLocaleUpperCase('vi')) && !endsSentence(text) && text.length <= TITLE_MAX;
}

/**
 * A body line: a heading by numbering, or a paragraph (long, or a full sentence).
 * The masthead is what stands before the first one.
 */
function isBody(line: string): boolean {
  const text = plain(line);
  // Headings, list items and numbered items belong to the text, however short.
  if (headingDepth(line) > 0 || OUTLET_MARK.test(text) || /^([-+•]|\d+(\.\d+)*\.)\s/u.test(text)) return true;
  return !isTitleLike(line) && (text.length > 160 || (endsSentence(text) && text.length > 60));
}

/** Source lines with the bold runs that span several lines ("**Kết quả…\n…2025**") kept together. */
function logicalLines(lines: string[]): { text: string; indexes: number[] }[] {
  const out: { text: string; indexes: number[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const group = { text: line, indexes: [i] };
    // A bold run opened and not closed on this line continues on the next ones.
    while ((group.text.match(/\*\*/g) ?? []).length % 2 === 1 && i + 1 < lines.length && lines[i + 1]!.trim()) {
      i++;
      group.text += `\n${lines[i]!.trim()}`;
      group.indexes.push(i);
    }
    out.push(group);
  }
  return out;
}

export function readMasthead(source: string): Masthead {
  const lines = source.split(/\r?\n/);
  const masthead: Masthead = { issuerPrinted: [], web: false, omitted: [], lines: new Set() };
  const consume = (indexes: number[]) => indexes.forEach((i) => masthead.lines.add(i));
  const omit = (text: string, reason: string, indexes: number[]) => {
    masthead.omitted.push({ text, reason });
    consume(indexes);
  };
  const groups = logicalLines(lines);
  const firstBody = groups.findIndex((g) => isBody(g.text) && !isChrome(plain(g.text)));
  const top = groups.slice(0, firstBody < 0 ? 0 : firstBody);
  const loose: typeof top = [];

  for (const group of top) {
    const text = plain(group.text);
    // A dated line is a byline (date, author, counter) even when it is otherwise furniture.
    const chrome = DATE_TIME.test(text) && text.length < 90 ? undefined : isChrome(text);
    if (/^\*+$/.test(group.text)) omit(group.text, REASONS.decoration, group.indexes);
    else if (chrome) omit(text, chrome, group.indexes);
    else if (/^ĐẢNG CỘNG SẢN VIỆT NAM$/u.test(text)) {
      masthead.motto = text;
      consume(group.indexes);
    } else if (/^Số\s*[\d-]/u.test(text) && text.length < 40) {
      masthead.documentNumber = text;
      consume(group.indexes);
    } else if (PLACE_DATE.test(text)) {
      const [, day, month, year] = PLACE_DATE.exec(text)!;
      masthead.datePrinted = text;
      masthead.date = iso(day, month!, year!);
      consume(group.indexes);
    } else if (KINDS.test(text)) {
      masthead.kindPrinted = text;
      consume(group.indexes);
    } else if (group.text.split('\n').every((l) => ISSUER.test(plain(l)))) {
      masthead.issuerPrinted.push(...group.text.split('\n').map(plain));
      consume(group.indexes);
    } else if (DATE_TIME.test(text) && text.length < 90) {
      readByline(masthead, text, group.indexes);
    } else if (BYLINE.test(text) && !masthead.author) {
      masthead.web = true;
      masthead.author = BYLINE.exec(text)![1]!.trim();
      masthead.bylinePrinted = text;
      consume(group.indexes);
    } else loose.push(group);
  }

  // What is left at the top: section names, then the title, then a subtitle in brackets.
  const titleAt = loose.reduce((best, g, i) => (plain(g.text).length > plain(loose[best]?.text ?? '').length ? i : best), -1);
  loose.forEach((group, i) => {
    const text = plain(group.text);
    if (i === titleAt && text.length >= 15) {
      masthead.title = text;
      consume(group.indexes);
    } else if (i > titleAt && titleAt >= 0 && text.startsWith('(')) {
      masthead.subtitle = text;
      consume(group.indexes);
    } else if (i < titleAt) {
      if (OUTLET_NAME.test(text)) masthead.outlet ??= text;
      omit(text, REASONS.section, group.indexes);
    }
  });

  const body = groups.slice(firstBody < 0 ? groups.length : firstBody);
  const mark = body[0] && OUTLET_MARK.exec(plain(body[0].text));
  if (mark) masthead.outletMark = mark[1]!.replace(/[()]/g, '');
  readTail(masthead, body);
  return masthead;
}

/** "Nguyên Hoa| 23/10/2022 15:37", "Ngày đăng 08/09/2022 | 13:50 | Lượt xem: 4473". */
function readByline(masthead: Masthead, text: string, indexes: number[]): void {
  masthead.web = true;
  const parts = text.split('|').map((p) => p.trim());
  const counter = parts.find((p) => furnitureReason(p) === REASONS.counter);
  if (counter) masthead.omitted.push({ text: counter, reason: REASONS.counter });
  const kept = parts.filter((p) => p && p !== counter);
  const [, day, month, year] = DATE_TIME.exec(text)!;
  masthead.date = iso(day, month!, year!);
  const name = kept.find((p) => !DATE_TIME.test(p) && !/\d/.test(p) && !/^Ngày đăng/iu.test(p));
  if (name) {
    masthead.author = name;
    masthead.bylinePrinted = text.replace(counter ?? '\u0000', '').replace(/[\s|]+$/, '');
  } else masthead.datePrinted = kept.join(' | ');
  indexes.forEach((i) => masthead.lines.add(i));
}

/** After the text of a web page: comment counts, "Nổi bật", related titles (the article's own among them); chrome lines anywhere. */
function readTail(masthead: Masthead, body: { text: string; indexes: number[] }[]): void {
  const tail = body.findIndex((g, i) => i > 0 && isChrome(plain(g.text)) === REASONS.comments);
  if (tail >= 0) masthead.web = true;
  body.forEach((group, i) => {
    const text = plain(group.text);
    const inTail = tail >= 0 && i >= tail && !isBody(group.text) && !isNoteDefinition(text);
    const reason = isChrome(text) ?? (inTail ? (text === masthead.title ? REASONS.repeatedTitle : REASONS.related) : undefined);
    if (!reason) return;
    masthead.omitted.push({ text, reason });
    group.indexes.forEach((index) => masthead.lines.add(index));
  });
}
