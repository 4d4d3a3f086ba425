/** Site-wide facts used in headers, citations and metadata. */
export const SITE_NAME = 'Báo cáo mở';
export const SITE_TAGLINE = 'Dữ liệu mở từ các báo cáo xây dựng Đảng ở Hà Nội';
export const SITE_URL = 'https://baocaomo.vn';

/** Absolute URL of a site path, for citations that are pasted elsewhere. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).href;
}

/** vi-VN date for an ISO partial date: "2023-04-10" -> "10/04/2023", "2020-04" -> "tháng 04/2020". */
export function formatPartialDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (day) return `${day}/${month}/${year}`;
  if (month) return `tháng ${month}/${year}`;
  return `năm ${year}`;
}

/** Today's date in vi-VN for "truy cập ngày" in citations; fixed at build time. */
export function accessDate(date = new Date()): string {
  return new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}
