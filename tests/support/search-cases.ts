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

/** The classes of question that issue 22 found the search missing, each written from the texts, not from the ranking. */
export type SearchClass = 'unknown-word' | 'unknown-word-new' | 'typo' | 'abbreviation' | 'topic-phrase' | 'head' | 'no-such-figure';

export interface ClassCase extends SearchCase {
  class: SearchClass;
  /** What the status or the first screen must say (the search saying the asked area has no such figure). */
  says?: RegExp;
}

const inClass = (searchClass: SearchClass, list: SearchCase[], says?: RegExp): ClassCase[] =>
  list.map((c) => ({ ...c, class: searchClass, ...(says ? { says } : {}) }));

const LB_WARD_ADMISSIONS = ['dg-161', 'dg-162'];
const MEMBERS = ['ntl-063', 'ntlh-006', 'dg-004'];
const REVENUE = ['dg-015', 'ntlh-012', 'dg-018', 'dg-020', 'dg-022', 'dg-024', 'dg-026'];

/**
 * At least ten cases per class, each query typed with and without diacritics:
 * the expected figure must be in the first three, and for the last class the
 * first screen must also say that the asked area's report has no such figure.
 */
export const classCases: ClassCase[] = [
  // A word that stands in no text (colloquial, a synonym nobody listed) must lower a result, not empty the search.
  ...inClass('unknown-word', [
    ...bothWays('Đức Giang trồng mới bao nhiêu cây hoa tươi', 'dg-065'),
    ...bothWays('Long Biên tổng cộng tiếp nhận bao nhiêu lá đơn', 'lb-049'),
    ...bothWays('Nam Từ Liêm kết nạp đảng viên đạt bao nhiêu phần trăm chỉ tiêu nhiệm kỳ', 'ntl-044'),
    ...bothWays('Nam Từ Liêm có bao nhiêu đảng viên dùng app sổ tay đảng viên', ['ntl-066', 'ntl-067']),
    ...bothWays('Đức Giang tóm gọn bao nhiêu vụ ma túy', 'dg-099'),
    ...bothWays('Đống Đa biểu dương bao nhiêu gương người tốt việc tốt xuất chúng', ['dd-005', 'dd-006']),
  ]),
  // The same class, twelve more questions written later (2026-12-05) from the texts, before the synonyms grown from the
  // catalogue and the texts: the journalist's everyday word where the text has its own ("cảnh sát" for "công an",
  // "đi lính" for "nhập ngũ", "giải tỏa" for "bàn giao mặt bằng", "chị em" for "hội viên").
  ...inClass('unknown-word-new', [
    ...bothWays('Nam Từ Liêm có bao nhiêu đảng viên là cảnh sát', 'ntl-065'),
    ...bothWays('Đức Giang có bao nhiêu thanh niên đi lính', 'dg-100'),
    ...bothWays('Đức Giang giải tỏa bao nhiêu hộ dân', 'dg-034'),
    ...bothWays('Long Biên cắt giảm bao nhiêu biên chế', ['lb-029', 'lb-032']),
    ...bothWays('Nam Từ Liêm quyên góp được bao nhiêu tiền chống dịch Covid', 'ntl-173'),
    ...bothWays('Hội Phụ nữ Nam Từ Liêm kết nạp thêm bao nhiêu chị em', 'ntlb-039'),
    ...bothWays('Long Biên đăng bao nhiêu bài phản bác luận điệu sai trái', 'lb-018'),
    ...bothWays('Nam Từ Liêm tăng lương cho bao nhiêu cán bộ', ['ntl-132', 'ntl-133']),
    ...bothWays('Đức Giang dẹp bao nhiêu băng nhóm cờ bạc', 'dg-098'),
    ...bothWays('Đức Giang đưa bao nhiêu con nghiện đi cai', 'dg-085'),
    ...bothWays('Đức Giang có bao nhiêu công ty tư nhân', 'dg-007'),
    ...bothWays('Nam Từ Liêm gom được bao nhiêu tiền quỹ vaccine', ['ntl-176', 'ntl-194']),
  ]),
  // One wrong, missing or extra letter in one syllable.
  ...inClass('typo', [
    ...bothWays('Long Bein tiếp công dân', ['lb-045', 'lb-047']),
    ...bothWays('ket nab dang vien Duc Giang', LB_WARD_ADMISSIONS),
    ...bothWays('Nam Tu Lem thu ngân sách', 'ntlh-012'),
    ...bothWays('Đức Giag có bao nhiêu chi bộ', 'dg-005'),
    ...bothWays('hội nghị đối thoại Long Biêng', 'lb-035'),
    ...bothWays('Đống Đa mô hìng dân vận khéo', 'dd-023'),
  ]),
  // The texts write the initials; the journalist types the words.
  ...inClass('abbreviation', [
    ...bothWays('Ủy ban kiểm tra Quận ủy Long Biên xử lý kỷ luật bao nhiêu đảng viên', 'lb-044'),
    ...bothWays('cán bộ công chức viên chức người lao động đạt chuyên nghiệp Long Biên', ['lb-013', 'lb-014']),
    ...bothWays('Ban thanh tra nhân dân Nam Từ Liêm giám sát bao nhiêu vụ việc', ['ntl-189', 'ntl-190']),
    ...bothWays('Ban giám sát đầu tư của cộng đồng Nam Từ Liêm', 'ntl-192'),
    ...bothWays('Ủy ban kiểm tra Đảng ủy phường Đức Giang kiểm tra bao nhiêu lượt tổ chức đảng', ['dg-170', 'dg-171']),
    ...bothWays('công đoàn cơ sở thành lập theo phương thức mới Nam Từ Liêm', ['ntlb-005', 'ntlb-006']),
  ]),
  // The query's topic before its place; a phrase standing word for word in a text brings its sentence.
  ...inClass('topic-phrase', [
    ...bothWays('Đảng bộ phường có bao nhiêu đảng viên', 'dg-004'),
    ...bothWays('Long Biên xử lý kỷ luật đảng viên', 'lb-044'),
    ...bothWays('số hộ đăng ký kinh doanh tăng thêm', ['dg-008', 'dg-009']),
    ...bothWays('đảng viên miễn sinh hoạt Nam Từ Liêm', 'ntl-064'),
    ...bothWays('quần chúng ưu tú vào Đảng Nam Từ Liêm 9 tháng', 'ntlh-002'),
    ...bothWays('Long Biên giảm biên chế khối cơ quan Đảng', 'lb-029'),
  ]),
  // Short queries many results match: the figure that answers them first.
  ...inClass('head', [
    ...bothWays('đảng viên', MEMBERS),
    ...bothWays('thu ngân sách Đức Giang', ['dg-015', 'dg-018', 'dg-020', 'dg-022', 'dg-024', 'dg-026']),
    ...bothWays('hộ nghèo', ['dg-081', 'dg-082']),
    ...bothWays('dân số', 'dg-003'),
    ...bothWays('kết nạp đảng viên', ['dg-161', 'ntl-043', 'ntlh-002']),
    ...bothWays('tổ chức cơ sở đảng', 'ntlh-004'),
  ]),
  // The asked area's report has no such figure: say so, and offer the figure of a ward of it or of another area.
  ...inClass(
    'no-such-figure',
    [
      ...bothWays('Long Biên kết nạp bao nhiêu đảng viên', LB_WARD_ADMISSIONS),
      ...bothWays('dân số Long Biên', 'dg-003'),
      ...bothWays('Long Biên có bao nhiêu đảng viên', 'dg-004'),
      ...bothWays('Long Biên thu ngân sách bao nhiêu', REVENUE),
      ...bothWays('Đống Đa có bao nhiêu đảng viên', MEMBERS),
      ...bothWays('thu ngân sách Đống Đa', REVENUE),
    ],
    /không có/,
  ),
];

/**
 * Queries naming a place whose reports hold none of the other words (written from the texts: "hộ nghèo", "nghĩa vụ quân sự",
 * "giáo viên", "cờ bạc", "nhập ngũ" stand in no report of the place named; all stand in Đức Giang's): the first screen says the
 * place has no result for them (or no figure of the indicator they name), and a ward of it that has comes first.
 */
export const placeWithoutResultCases: ClassCase[] = inClass(
  'no-such-figure',
  [
    ...bothWays('Long Biên giảm được bao nhiêu hộ nghèo', ['dg-081', 'dg-082', 'dg-083', 'dg-084']),
    ...bothWays('Long Biên có bao nhiêu đăng ký nghĩa vụ quân sự', 'dg-102'),
    ...bothWays('tỷ lệ giáo viên đạt chuẩn Đống Đa', 'dg-088'),
    ...bothWays('Nam Từ Liêm triệt phá ổ nhóm cờ bạc', 'dg-098'),
    ...bothWays('Long Biên bàn giao bao nhiêu công dân nhập ngũ', 'dg-100'),
  ],
  /Các báo cáo của (quận|phường) [^.]+ không có (kết quả nào|số liệu)[^.]*; (có ở [^.]*, xếp trước|các kết quả dưới đây ở nơi khác)/,
);

/**
 * Cases in the first three per class when the cases were written, before the
 * search changed (commit 719bedf, measured by `npm run bench`): the bench
 * shows them beside today's.
 */
export const classesBefore: Record<SearchClass, number> = {
  'unknown-word': 2,
  // Measured when these were written (2026-12-05, at e6629a5 and these cases), before the synonyms grown from catalogue and texts.
  'unknown-word-new': 6,
  typo: 6,
  abbreviation: 12,
  'topic-phrase': 12,
  head: 10,
  'no-such-figure': 0,
};

/**
 * Cases the search still misses (they were 30 when written, before relaxing, typo and place correction,
 * counts named without 'số' and the missing-figure answer): the browser test expects them to fail, so each one that starts passing must move out.
 */
export const knownMisses = new Set<string>([
  'Nam Từ Liêm có bao nhiêu đảng viên là cảnh sát',
  'nam tu liem co bao nhieu dang vien la canh sat',
  'Đức Giang có bao nhiêu thanh niên đi lính',
  'duc giang co bao nhieu thanh nien di linh',
  'Đức Giang giải tỏa bao nhiêu hộ dân',
  'duc giang giai toa bao nhieu ho dan',
]);
