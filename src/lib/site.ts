/** Site-wide facts used in headers, citations and metadata. The site URL is defined here and nowhere else. */
export const SITE_NAME = 'Báo cáo mở';
export const SITE_TAGLINE = 'Dữ liệu mở từ các báo cáo xây dựng Đảng ở Hà Nội';
export const SITE_URL = 'https://baocaomo.vn';
