/** The search query table: used by the browser tests and by `npm run bench` for latency. */
import { foldVietnamese } from '../../src/lib/text/fold.ts';

export const NTL = '/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/';
const HNM = '/bao-cao/nam-tu-liem-to-chuc-co-so-dang-2022/';
const DD = '/bao-cao/dong-da-giua-nhiem-ky/';
const DG = '/bao-cao/duc-giang-bao-cao-chinh-tri-2020/';
const LB = '/bao-cao/long-bien-so-ket-nq15-ct15-2022/';

/** Results that belong to one report: passages of its text and its figures. */
const TEXT_AND_FIGURES = ['Văn bản', 'Số liệu'];

/** query, filters, where the expected result must land (URL prefix or kind), how near the top. */
export interface SearchCase {
  q: string;
  filters?: Record<string, string>;
  /** URL prefix, or prefixes any of which will do. */
  url?: string | string[];
  /** The figure (observation id), or figures any of which will do, that must be found. */
  figure?: string | string[];
  kind?: string;
  top?: number;
  /** Every result must match; with `kinds`, every result of those kinds (indicator pages and charts cover several areas and reports). */
  all?: boolean;
  kinds?: string[];
}

/**
 * A journalist's queries, each with the figure it must bring into the first
 * three results: questions as typed (with and without diacritics), the
 * field's synonyms, bare digits, place and topic.
 */
const bothWays = (q: string, figure: string | string[]): SearchCase[] => [
  { q, figure },
  { q: foldVietnamese(q), figure },
];

export const figureCases: SearchCase[] = [
  // Questions, each typed with and without diacritics
  ...bothWays('Long Biên có bao nhiêu hội nghị đối thoại', 'lb-035'),
  ...bothWays('Nam Từ Liêm có bao nhiêu tổ chức cơ sở đảng', 'ntlh-004'),
  ...bothWays('Đức Giang thu ngân sách bao nhiêu năm 2018', 'dg-024'),
  ...bothWays('Đống Đa có mấy mô hình dân vận khéo', 'dd-023'),
  ...bothWays('Nam Từ Liêm có bao nhiêu đảng viên', ['ntl-063', 'ntlh-006']),
  ...bothWays('Đức Giang có bao nhiêu chi bộ', 'dg-005'),
  { q: 'Long Biên có bao nhiêu phường', figure: 'lb-001' },
  { q: 'Đức Giang kết nạp được bao nhiêu đảng viên mới', figure: 'dg-161' },
  { q: 'Long Biên tiếp bao nhiêu lượt công dân', figure: 'lb-045' },
  { q: 'long bien tiep nhan bao nhieu don thu', figure: 'lb-049' },
  { q: 'Đức Giang có bao nhiêu hộ nghèo năm 2016', figure: 'dg-081' },
  { q: 'diện tích tự nhiên của Đức Giang là bao nhiêu', figure: 'dg-001' },
  { q: 'Nam Từ Liêm có mấy khâu đột phá', figure: ['ntl-013', 'ntlb-043'] },
  { q: 'bao nhiêu đảng viên bị thi hành kỷ luật ở Nam Từ Liêm', figure: 'ntl-119' },
  { q: 'Long Biên xóa tên bao nhiêu đảng viên', figure: ['lb-037', 'lb-038'] },
  { q: 'Đống Đa có bao nhiêu người tốt việc tốt được biểu dương', figure: ['dd-005', 'dd-006'] },
  { q: 'Nam Từ Liêm thu ngân sách được bao nhiêu', figure: 'ntlh-012' },
  { q: 'nam tu liem co bao nhieu chi bo', figure: 'ntlh-005' },
  { q: 'Đức Giang có mấy lớp dạy nghề', figure: 'dg-073' },
  { q: 'bao nhiêu cán bộ đi học cao cấp lý luận chính trị', figure: 'ntl-093' },
  { q: 'Đức Giang triệt phá bao nhiêu ổ nhóm tội phạm', figure: ['dg-096', 'dg-097', 'dg-098'] },
  { q: 'Hà Nội có bao nhiêu đơn vị hành chính cấp huyện', figure: 'ntl-157' },
  { q: 'Long Biên giảm biên chế bao nhiêu phần trăm', figure: 'lb-029' },
  { q: 'dân số Đức Giang là bao nhiêu', figure: 'dg-003' },
  // Synonyms of the field
  { q: 'phát triển đảng viên Đức Giang', figure: ['dg-161', 'dg-162'] },
  { q: 'phat trien dang vien nam tu liem', figure: ['ntl-043', 'ntl-044', 'ntl-045', 'ntlh-002'] },
  { q: 'nhân khẩu Đức Giang', figure: 'dg-003' },
  { q: 'thu ngân sách nhà nước Đức Giang bình quân', figure: 'dg-015' },
  { q: 'thu ngan sach trung binh moi nam duc giang', figure: 'dg-015' },
  { q: 'kỷ luật đảng viên Long Biên', figure: 'lb-044' },
  { q: 'xu ly ky luat dang vien duc giang', figure: ['dg-178', 'dg-179'] },
  { q: 'tỉ lệ đảng viên hoàn thành tốt nhiệm vụ Đức Giang', figure: ['dg-163', 'dgb-009'] },
  { q: 'Ủy ban kiểm tra giám sát đảng viên Nam Từ Liêm', figure: 'ntl-117' },
  { q: 'sổ đỏ Đức Giang 2019', figure: ['dg-054', 'dg-055'] },
  { q: 'Mặt trận Tổ quốc giám sát độc lập Nam Từ Liêm', figure: 'ntl-177' },
  { q: 'Hội đồng nhân dân Nam Từ Liêm kỳ họp chuyên đề', figure: 'ntl-150' },
  // Bare digits, as typed and as printed
  { q: '11361', figure: 'ntl-063' },
  { q: '313', figure: 'lb-035' },
  { q: '5189', figure: 'lb-049' },
  { q: '2146', figure: 'lb-045' },
  { q: '40934', figure: 'ntl-073' },
  { q: '8489', figure: 'ntl-165' },
  { q: '1649', figure: 'ntl-061' },
  { q: '706', figure: 'dd-023' },
  { q: '20214833000', figure: 'ntl-173' },
  { q: '1773', figure: 'lb-013' },
  { q: '2530', figure: 'dg-133' },
  { q: '204,6', figure: 'dg-001' },
  { q: '16,03', figure: 'ntl-025' },
  { q: '559/700', figure: 'ntl-043' },
  { q: '28060', figure: 'dg-003' },
  // Place and topic
  { q: 'hoi nghi doi thoai long bien', figure: 'lb-035' },
  { q: 'hội nghị đối thoại Nam Từ Liêm', figure: ['ntl-145', 'ntl-180'] },
  { q: 'dan van kheo dong da mo hinh', figure: 'dd-023' },
  { q: 'cây hoa Đức Giang', figure: 'dg-065' },
  { q: 'tổ dân phố mới thành lập Nam Từ Liêm', figure: 'ntl-169' },
  { q: 'tiep cong dan long bien', figure: ['lb-045', 'lb-047'] },
  { q: 'ho ngheo duc giang', figure: ['dg-081', 'dg-082', 'dg-083', 'dg-084'] },
  { q: 'giao quân Đức Giang', figure: 'dg-101' },
  { q: 'so tay dang vien dien tu nam tu liem', figure: ['ntl-066', 'ntl-067', 'ntl-068', 'ntl-069'] },
  { q: 'kiểm tra đảng viên Đống Đa', figure: 'dd-009' },
  { q: 'đơn thư tiếp nhận Long Biên', figure: 'lb-049' },
  { q: 'ty suat sinh tho duc giang', figure: 'dg-089' },
  { q: 'giá trị sản xuất Nam Từ Liêm', figure: 'ntlh-009' },
];

export const cases: SearchCase[] = [
  // Diacritics, d/đ and case
  { q: 'dang vien', url: '/bao-cao/', top: 3 },
  { q: 'DANG VIEN', url: '/bao-cao/', top: 3 },
  // Typed with diacritics, indicator pages titled "Đảng viên …" rightly compete with the reports.
  { q: 'Đảng viên', url: ['/bao-cao/', '/so-lieu/'], top: 3 },
  { q: 'đảng viên', url: ['/bao-cao/', '/so-lieu/'], top: 3 },
  { q: 'ket nap dang vien', url: '/bao-cao/', top: 5 },
  { q: 'nam tu liem', url: NTL, top: 5 },
  { q: 'Nam Từ Liêm', url: NTL, top: 5 },
  { q: 'duc giang', url: DG, top: 3 },
  { q: 'ĐỨC GIANG', url: DG, top: 3 },
  { q: 'dong da', url: DD, top: 3 },
  { q: 'Đống Đa', url: DD, top: 3 },
  { q: 'long bien', url: LB, top: 3 },
  { q: 'dan van kheo', url: '/bao-cao/', top: 5 },
  { q: 'Nguyen Quang Duc', url: NTL, top: 3 },
  { q: 'Phan Viet Hung', url: DG, top: 3 },
  { q: 'Duong Hoai Nam', url: LB, top: 3 },
  { q: 'Nguyen Hoa', url: HNM, top: 5 },
  { q: 'Le Hong Phong', url: NTL, top: 3 },
  { q: 'hoa giai', url: NTL, top: 5 },
  { q: 'chinh quyen do thi', url: '/bao-cao/', top: 3 },
  { q: 'giai phong mat bang', url: DG, top: 5 },
  { q: 'to chuc co so dang', url: '/bao-cao/', top: 3 },
  { q: 'don thu khieu nai', url: '/bao-cao/', top: 5 },
  { q: 'thu ngan sach', url: DG, top: 5 },
  // Numbers as printed and as typed
  { q: '11.361', url: NTL, top: 3 },
  { q: '11361', url: NTL, top: 3 },
  { q: '92,1', url: NTL, top: 3 },
  { q: '92.1', url: NTL, top: 3 },
  { q: '559/700', url: NTL, top: 3 },
  { q: '3370', url: LB, top: 3 },
  { q: '27,6', url: DG, top: 3 },
  { q: '1.282', url: DG, top: 3 },
  { q: '20.214.833.000', url: NTL, top: 3 },
  // Figures that are printed only in a footnote
  { q: '104.100', url: NTL, top: 3 },
  { q: '6.679', url: NTL, top: 3 },
  // Figures as their own results
  { q: '11.361', kind: 'Số liệu', top: 3 },
  { q: '559/700', kind: 'Số liệu', top: 3 },
  { q: 'dang vien', filters: { kind: 'Số liệu' }, kind: 'Số liệu', all: true },
  // Filters
  { q: 'dang vien', filters: { area: 'Đức Giang' }, url: DG, all: true, kinds: TEXT_AND_FIGURES },
  { q: 'dang vien', filters: { year: '2020' }, url: DG, all: true, kinds: TEXT_AND_FIGURES },
  { q: 'kiem tra', filters: { type: 'Tin tức' }, url: LB, all: true, kinds: TEXT_AND_FIGURES },
  {
    q: 'dang vien',
    filters: { report: 'Đống Đa: kết quả nửa nhiệm kỳ 2020–2025 (Tạp chí Cộng sản)' },
    url: DD,
    all: true,
    kinds: TEXT_AND_FIGURES,
  },
  { q: 'bieu do', filters: { kind: 'Biểu đồ' }, kind: 'Biểu đồ', all: true },
];
