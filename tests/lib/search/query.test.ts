import { describe, expect, it } from 'vitest';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { searchLexicon } from '../../../src/lib/search/lexicon.ts';
import {
  MAX_RELAXED,
  MAX_SEARCHES,
  RELAXED_WEIGHT,
  indicatorNamer,
  planQuery,
  readings,
  relaxedSearches,
  tokenize,
  wordProbes,
  type SearchLexicon,
} from '../../../src/lib/search/query.ts';

const lexicon: SearchLexicon = {
  questionWords: ['bao nhiêu', 'là bao nhiêu', 'có', 'mấy', 'là', 'được', 'những', 'các', 'nào', 'như thế nào'],
  figureQuestions: ['bao nhiêu', 'là bao nhiêu', 'mấy'],
  keepPairs: ['cơ sở', 'bộ máy'],
  synonyms: [
    ['phát triển đảng viên', 'kết nạp'],
    ['thu ngân sách', 'thu ngân sách nhà nước'],
  ],
  places: ['Nam Từ Liêm', 'Đống Đa', 'Long Biên', 'Đức Giang', 'Hà Nội'],
  placeWords: ['thành phố', 'quận', 'phường'],
  abbreviated: ['Ủy ban kiểm tra', 'Quận ủy'],
};
const plan = (q: string) => planQuery(q, lexicon);
const terms = (q: string) => plan(q).searches.map((s) => s.term);

describe('tokenize', () => {
  it('keeps numbers whole and drops punctuation around words', () => {
    expect(tokenize('“11.361”, 559/700 92,1%?').map((t) => t.text)).toEqual(['11.361', '559/700', '92,1%']);
  });
  it('knows a word typed without diacritics, and folds case', () => {
    expect(tokenize('ĐẢNG dang 2020').map((t) => [t.text, t.folded, t.plain])).toEqual([
      ['đảng', 'dang', false],
      ['dang', 'dang', true],
      ['2020', '2020', true],
    ]);
  });
});

describe('readings', () => {
  it('tries đ for every word typed without diacritics that starts with d', () => {
    expect(readings(tokenize('dang vien'))).toEqual(['dang vien', 'đang vien']);
    expect(readings(tokenize('DANG VIEN'))).toEqual(['dang vien', 'đang vien']);
    expect(readings(tokenize('don thu duc dan'))).toHaveLength(8);
  });
  it('takes words with diacritics as typed, and caps the readings of one wording', () => {
    expect(readings(tokenize('đảng viên dân'))).toEqual(['đảng viên dân']);
    expect(readings(tokenize('11.361'))).toEqual(['11.361']);
    expect(readings(tokenize('d d d d d d'))).toHaveLength(16);
  });
});

describe('planQuery: questions', () => {
  it('sets question words aside, with or without diacritics', () => {
    expect(plan('Long Biên có bao nhiêu hội nghị đối thoại').words).toEqual(['hội', 'nghị', 'đối', 'thoại']);
    expect(plan('long bien co bao nhieu hoi nghi doi thoai').words).toEqual(['hoi', 'nghi', 'doi', 'thoai']);
    expect(plan('Dong Da co may mo hinh dan van kheo').words).toEqual(['mo', 'hinh', 'dan', 'van', 'kheo']);
  });
  it('keeps a word spelled like a question word where it stands in one of the field’s pairs', () => {
    expect(plan('Nam Tu Liem co bao nhieu to chuc co so dang').words).toEqual(['to', 'chuc', 'co', 'so', 'dang']);
    expect(plan('to chuc bo may').words).toEqual(['to', 'chuc', 'bo', 'may']);
    // Typed with its diacritics, "mấy" is the question word wherever it stands.
    expect(plan('bộ mấy').words).toEqual(['bộ']);
  });
  it('takes "năm" before a year as part of the date, and keeps the year', () => {
    expect(plan('Duc Giang thu ngan sach bao nhieu nam 2018').words).toEqual(['thu', 'ngan', 'sach', '2018']);
    expect(plan('5 năm').words).toEqual(['5', 'năm']);
  });
  it('knows a question that asks for a number', () => {
    expect(plan('có bao nhiêu chi bộ').asksFigure).toBe(true);
    expect(plan('co may chi bo').asksFigure).toBe(true);
    expect(plan('các chi bộ').asksFigure).toBe(false);
  });
  it('searches "số …" too when the question asks how many', () => {
    expect(terms('có bao nhiêu chi bộ')).toEqual(['chi bộ', 'số chi bộ']);
    expect(terms('số chi bộ là bao nhiêu')).toEqual(['số chi bộ']);
  });
  it('never searches nothing: a query of question words only is searched as typed', () => {
    expect(plan('bao nhiêu').words).toEqual(['bao', 'nhiêu']);
  });
});

describe('planQuery: places', () => {
  it('takes the place out of the words and ranks its results first', () => {
    const p = plan('dang vien nam tu liem');
    expect(p.places).toEqual(['Nam Từ Liêm']);
    expect(p.words).toEqual(['dang', 'vien']);
  });
  it('takes the level word before a place with it', () => {
    expect(plan('quận Long Biên kỷ luật').words).toEqual(['kỷ', 'luật']);
    expect(plan('thanh pho ha noi don vi').places).toEqual(['Hà Nội']);
    expect(plan('thanh pho ha noi don vi').words).toEqual(['don', 'vi']);
  });
  it('searches a place named alone by its name', () => {
    const p = plan('duc giang');
    expect(p.places).toEqual(['Đức Giang']);
    expect(p.searches.map((s) => s.term)).toEqual(['duc giang', 'đuc giang']);
  });
  it('does not take part of a name for a place', () => {
    expect(plan('Duong Hoai Nam').places).toEqual([]);
  });
});

describe('planQuery: synonyms', () => {
  it('searches each synonym in place of the phrase, weighed a little less', () => {
    const searches = plan('phat trien dang vien duc giang').searches;
    expect(searches.map((s) => [s.term, s.weight])).toEqual([
      ['phat trien dang vien', 1],
      ['phat trien đang vien', 1],
      ['kết nạp', 0.8],
    ]);
    expect(new Set(searches.map((s) => s.group)).size).toBe(2);
  });
  it('goes both ways, longest phrase first', () => {
    expect(terms('thu ngân sách nhà nước')).toEqual(['thu ngân sách nhà nước', 'thu ngân sách']);
    expect(terms('ket nap')).toEqual(['ket nap', 'phát triển đảng viên']);
  });
  it('caps the number of searches', () => {
    expect(plan('d d d d d d phat trien dang vien').searches.length).toBeLessThanOrEqual(MAX_SEARCHES);
  });
});

describe('relaxedSearches: relax, never empty', () => {
  it('probes each searched word alone, with its d/đ readings', () => {
    expect(wordProbes(plan('Đức Giang tóm gọn bao nhiêu vụ ma túy'))).toEqual([
      { word: 'tóm', terms: ['tóm'] },
      { word: 'gọn', terms: ['gọn'] },
      { word: 'vụ', terms: ['vụ'] },
      { word: 'ma', terms: ['ma'] },
      { word: 'túy', terms: ['túy'] },
    ]);
    expect(wordProbes(plan('dan van')).map((p) => p.terms)).toEqual([['dan', 'đan'], ['van']]);
  });

  it('searches without the words no text holds first, then without each other word in turn, saying which were set aside', () => {
    const q = plan('Đức Giang trồng bao nhiêu cây hoa tươi');
    const relaxed = relaxedSearches(q, ['tươi']);
    expect(relaxed.map((s) => s.term)).toEqual(['trồng cây hoa', 'cây hoa', 'trồng hoa', 'trồng cây', 'trồng', 'cây', 'hoa']);
    expect(relaxed[0]).toMatchObject({ dropped: ['tươi'], coverage: 3 / 4, weight: RELAXED_WEIGHT, length: 3 });
    expect(relaxed[1]).toMatchObject({ dropped: ['trồng', 'tươi'], coverage: 2 / 4 });
    // Groups of their own, after the full query's: each is weighed on its own.
    expect(Math.min(...relaxed.map((s) => s.group))).toBeGreaterThan(Math.max(...q.searches.map((s) => s.group)));
  });

  it('leaves one word out at a time when every word stands somewhere but not together', () => {
    const relaxed = relaxedSearches(plan('tiếp nhận lá đơn'), []);
    expect(relaxed.slice(0, 4).map((s) => s.dropped)).toEqual([['tiếp'], ['nhận'], ['lá'], ['đơn']]);
    // Then each word alone, so a record holding three of the four, apart, still counts them (rank.ts).
    expect(relaxed.slice(4).map((s) => s.kept)).toEqual([['tiếp'], ['nhận'], ['lá'], ['đơn']]);
  });

  it('keeps at least one word, and stays within its budget', () => {
    expect(relaxedSearches(plan('đảng viên'), ['viên'])).toMatchObject([{ term: 'đảng', length: 1, coverage: 0.5, dropped: ['viên'] }]);
    expect(relaxedSearches(plan('kỷ luật'), ['kỷ', 'luật'])).toEqual([]);
    expect(relaxedSearches(plan('dan van dong doan ket dai doan ket'), []).length).toBeLessThanOrEqual(MAX_RELAXED);
  });
});

describe('indicatorNamer', () => {
  const indicators: [string, string][] = [
    ['so-dang-vien', 'Số đảng viên'],
    ['so-tay', 'Đảng viên cài đặt Sổ tay đảng viên điện tử'],
    ['so-chi-bo', 'Số chi bộ'],
  ];
  it('finds the indicators whose every word is searched, whatever the diacritics', () => {
    const named = indicatorNamer(indicators);
    expect(named(plan('nam tu liem co bao nhieu dang vien'))).toEqual(['so-dang-vien']);
    expect(named(plan('số chi bộ'))).toEqual(['so-chi-bo']);
    expect(named(plan('dang vien moi'))).toEqual([]);
  });

  it('names, of several, those naming most of the words typed, a name’s question words aside', () => {
    const admissions: [string, string][] = [...indicators, ['ket-nap', 'Đảng viên mới được kết nạp']];
    const named = indicatorNamer(admissions, () => [], lexicon.questionWords);
    expect(named(plan('Long Biên kết nạp bao nhiêu đảng viên mới'))).toEqual(['ket-nap']);
    expect(named(plan('nam tu liem co bao nhieu dang vien'))).toEqual(['so-dang-vien']);
  });

  it('names a count by its name without "số" when that is the whole query', () => {
    const named = indicatorNamer(indicators);
    expect(named(plan('dang vien'))).toEqual(['so-dang-vien']);
    expect(named(plan('Chi bộ'))).toEqual(['so-chi-bo']);
    expect(named(plan('đảng viên mới'))).toEqual([]);
  });

  it('takes a phrase the texts abbreviate as one term: its words name an indicator only when the name holds it whole', () => {
    const checks: [string, string][] = [
      ['kiem-tra', 'Kiểm tra đảng viên'],
      ['ky-luat', 'Kỷ luật đảng viên'],
      ['ubkt', 'Số cuộc kiểm tra của Ủy ban kiểm tra'],
    ];
    const named = indicatorNamer(checks, () => [], lexicon.questionWords, lexicon.abbreviated);
    // The commission's name is who acted, not what it did.
    expect(named(plan('Ủy ban kiểm tra Quận ủy Long Biên kỷ luật bao nhiêu đảng viên'))).toEqual(['ky-luat']);
    expect(named(plan('uy ban kiem tra quan uy long bien ky luat bao nhieu dang vien'))).toEqual(['ky-luat']);
    // Asked again outside it, the word names.
    expect(named(plan('Ủy ban kiểm tra kiểm tra bao nhiêu đảng viên'))).toEqual(['kiem-tra']);
    // A name holding the whole phrase is named by it.
    expect(named(plan('số cuộc kiểm tra của ủy ban kiểm tra'))).toEqual(['ubkt']);
  });

  it('names the narrower kin the asked place has when it has no figure of the named indicator, and only then', () => {
    const budget: [string, string][] = [
      ['thu', 'Thu ngân sách'],
      ['thu-luy-ke', 'Thu ngân sách lũy kế trong năm'],
      ['thu-binh-quan', 'Thu ngân sách bình quân mỗi năm'],
      ['dan-so', 'Dân số'],
      ['tiep-dan', 'Số người được tiếp công dân'],
    ];
    const areas: Record<string, string[]> = {
      thu: ['Đức Giang'],
      'thu-luy-ke': ['Nam Từ Liêm'],
      'thu-binh-quan': ['Đống Đa'],
      'dan-so': ['Đức Giang'],
      'tiep-dan': ['Long Biên'],
    };
    const named = indicatorNamer(budget, (id) => areas[id] ?? []);
    expect(named(plan('Nam Từ Liêm thu ngân sách được bao nhiêu'))).toEqual(['thu', 'thu-luy-ke']);
    expect(named(plan('Đức Giang thu ngân sách'))).toEqual(['thu']);
    expect(named(plan('thu ngân sách'))).toEqual(['thu']);
    expect(named(plan('Long Biên thu ngân sách'))).toEqual(['thu']);
    // Its whole name, in order: "dân số" is not in "Số người được tiếp công dân".
    expect(named(plan('dân số Long Biên'))).toEqual(['dan-so']);
  });
});

describe('the site’s own lexicon', () => {
  const site = searchLexicon(siteData());
  it('handles the questions journalists type', () => {
    expect(planQuery('Nam Tu Liem co bao nhieu to chuc co so dang', site).words).toEqual(['to', 'chuc', 'co', 'so', 'dang']);
    expect(planQuery('Dong Da co may mo hinh dan van kheo', site).words).toEqual(['mo', 'hinh', 'dan', 'van', 'kheo']);
    expect(planQuery('Long Biên có bao nhiêu hội nghị đối thoại', site).places).toEqual(['Long Biên']);
  });
  it('keeps "cơ sở" whole from the field’s own terms', () => {
    expect(site.keepPairs).toContain('cơ sở');
  });
});
