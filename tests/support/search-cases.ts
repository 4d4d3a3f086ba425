/** The search query table: used by the browser tests and by `npm run bench` for latency. */
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
  kind?: string;
  top?: number;
  /** Every result must match; with `kinds`, every result of those kinds (indicator pages and charts cover several areas and reports). */
  all?: boolean;
  kinds?: string[];
}

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
