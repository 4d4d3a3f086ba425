/**
 * A web page's furniture: the lines around an article that belong to the
 * page, not to the text (breadcrumbs, date and view-count lines, share bars,
 * tags, related-news headers). `npm run import` leaves them out of the
 * edition and `npm run propose` proposes no figure from them, by these same
 * rules, so a pasted page and its imported edition are read alike.
 */

export const FURNITURE_REASONS = {
  section: 'Tên trang, trình đơn hoặc chuyên mục của trang web; không thuộc bài.',
  counter: 'Bộ đếm lượt xem của trang web, không thuộc bài.',
  stamp: 'Ngày giờ đăng bài của trang web, không thuộc bài.',
  comments: 'Giao diện trang web (số bình luận, mục tin liên quan, nút chia sẻ).',
  hotline: 'Đường dây nóng, thông tin liên hệ của trang web; không thuộc bài.',
} as const;

const WEEKDAY = String.raw`(?:Thứ (?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|Chủ nhật)`;
/** What a date-and-counter line is made of: weekdays, dates in figures or with "Tháng", times, view and comment counts. */
const STAMP_PARTS = new RegExp(
  [
    WEEKDAY,
    String.raw`(?:Ngày đăng|Cập nhật|Đăng ngày)\s*:?`,
    String.raw`\d{1,2}\s+[Tt]háng\s+\d{1,2},?\s+\d{4}`,
    String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`,
    String.raw`\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?`,
    String.raw`(?:Lượt xem|Lượt đọc|Số lượt xem|Bình luận|Lượt thích)\s*:?\s*[\d.]+`,
    String.raw`[\d.]+\s+(?:lượt xem|lượt đọc|bình luận|lượt thích)`,
    String.raw`GMT\s*[+-]\s*\d+`,
  ].join('|'),
  'giu',
);

/** Lines that are furniture wherever they stand, with the reason an editor is shown. */
const FURNITURE: [RegExp, string][] = [
  [/^\(\d+\)\s*Bình luận$/iu, FURNITURE_REASONS.comments],
  [
    /^(Nổi bật|Đừng bỏ lỡ|Tin liên quan|Bài viết liên quan|Tin cùng chuyên mục|Tin mới nhất|Tin mới|Đọc nhiều|Xem thêm|Chia sẻ|In bài|Bình luận|Gửi bình luận|Theo dõi|Về đầu trang|Quay lại|Tags?:.*|Từ khóa:.*|Thẻ:.*)$/iu,
    FURNITURE_REASONS.comments,
  ],
  // "Chia sẻ: Facebook | Twitter | Email | In bài".
  [/^Chia sẻ(?!\p{L}).{0,80}(Facebook|Zalo|Twitter|Email|In bài)/iu, FURNITURE_REASONS.comments],
  // "Facebook  Zalo  Twitter  In  Gửi email  Cỡ chữ A- A+": a share bar with nothing but its buttons.
  [
    /^(?:(?:Facebook|Zalo|Twitter|Tweet|Email|Gửi email|In|In bài(?: viết)?|Lưu|Lưu bài|Sao chép liên kết|Copy link|Thích|Like|Cỡ chữ|A[+-]|Chia sẻ)[\s|:,·-]*){2,}$/iu,
    FURNITURE_REASONS.comments,
  ],
  // "Trang chủ > Nghiên cứu - Trao đổi > Xây dựng Đảng", "Trang chủ / Thời sự".
  // "Trang chủ    Thực tiễn    Tên bài": a breadcrumb whose separators were images, left as runs of spaces or tabs.
  [/^(Trang chủ|Trang nhất)(\s*[>/»›|]|\t|\s{2,})/iu, FURNITURE_REASONS.section],
  [/(Đường dây nóng|Hotline|Điện thoại|ĐT|Fax|Email)\s*:?\s*[\d\s.()+-]{8,}/iu, FURNITURE_REASONS.hotline],
];

/**
 * A web article's own notes, "vùng(1)." and "(1) Ban Tôn giáo Chính phủ, …": the number glued to the word it notes,
 * or opening the note. Notes belong to the text, so a note after the related-links block is not a related title.
 */
export const NOTE_MARKER = /(?<=[\p{L}\p{N}.,;:”"')])\((\d{1,2})\)|^\((\d{1,2})\)(?=\s+\p{Lu})/gu;
export const isNoteDefinition = (line: string) => /^\(\d{1,2}\)\s+\p{Lu}/u.test(line.trim());

/** Why a line is page furniture, or undefined when it is (or may be) text. */
export function furnitureReason(line: string): string | undefined {
  const text = line.trim();
  const listed = FURNITURE.find(([re]) => re.test(text))?.[1];
  if (listed) return listed;
  // A line of nothing but dates, times and counters ("Thứ hai, 24 Tháng 8 2015 09:39 / 6054 Lượt xem"), or a bare
  // posting stamp with a weekday or a time ("Thứ sáu, 12/03/2021 07:15"); a bare date may be a heading's.
  const onlyStamp = /^[\s|/,.:·–-]*$/u.test(text.replace(STAMP_PARTS, ''));
  if (text.length < 120 && /\d/.test(text) && onlyStamp) {
    if (/lượt|bình luận/iu.test(text)) return FURNITURE_REASONS.counter;
    if (new RegExp(`${WEEKDAY}|\\d{1,2}:\\d{2}`, 'iu').test(text)) return FURNITURE_REASONS.stamp;
  }
  return undefined;
}
