import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctQuery, correctSyllable, oneEditApart, correctPlaces } from '../../../src/lib/search/typos.ts';

const vocabulary = buildVocabulary(
  [
    'Quận Long Biên tiếp công dân; bên cạnh đó, bên kia, bên này.',
    'Đảng bộ đã kết nạp được 71 đảng viên; tỷ lệ, tỷ lệ, tỷ lệ, lệ phí.',
    'Nam Từ Liêm; phường Đức Giang có 32 chi bộ; gia đình, gia đình, gia đình.',
    'Mô hình dân vận khéo, hình thức.',
  ],
  ['Long Biên', 'Nam Từ Liêm', 'Đức Giang', 'Số đảng viên kết nạp', 'Tỷ lệ hộ nghèo'],
);

describe('oneEditApart', () => {
  it('takes a letter replaced, inserted, deleted, or two neighbours swapped, and nothing more', () => {
    expect(oneEditApart('nab', 'nap')).toBe(true);
    expect(oneEditApart('lem', 'liem')).toBe(true);
    expect(oneEditApart('giang', 'giag')).toBe(true);
    expect(oneEditApart('bein', 'bien')).toBe(true);
    expect(oneEditApart('bien', 'bien')).toBe(false);
    expect(oneEditApart('ben', 'bien') && oneEditApart('bein', 'ben')).toBe(true);
    expect(oneEditApart('nab', 'nep')).toBe(false);
    expect(oneEditApart('lm', 'liem')).toBe(false);
  });
});

describe('correctSyllable', () => {
  it('prefers a correction that makes a place or indicator name with the syllable beside it', () => {
    // "bên" is commoner, but "Long Biên" is a place.
    expect(correctSyllable('Bein', vocabulary, 'Long')).toBe('bien');
    // "nam" is a place syllable too, but "kết nạp" is what stands beside "kết" in a name.
    expect(correctSyllable('nab', vocabulary, 'ket', 'dang')).toBe('nap');
    // "lệ" is commoner and in a name, but "Từ Liêm" is the name made with "Tu".
    expect(correctSyllable('Lem', vocabulary, 'Tu')).toBe('liem');
    expect(correctSyllable('Giag', vocabulary, 'Đức')).toBe('giang');
  });

  it('ignores tone and vowel marks, so a wrong mark is never the typo, and leaves words the texts hold alone', () => {
    expect(correctSyllable('Biêng', vocabulary, 'Long')).toBe('bien');
    expect(correctSyllable('hìng', vocabulary, 'mô')).toBe('hinh');
    expect(correctSyllable('biến', vocabulary)).toBeUndefined();
    expect(correctSyllable('xyzw', vocabulary)).toBeUndefined();
    expect(correctSyllable('2018', vocabulary)).toBeUndefined();
  });

  it('falls back on the commonest syllable when no name decides', () => {
    expect(correctSyllable('gie', vocabulary)).toBe('gia');
  });
});

describe('correctQuery', () => {
  it('replaces only the words that found nothing, keeping the rest and the capitals as typed', () => {
    expect(correctQuery('Long Bein tiếp công dân', ['bein'], vocabulary)).toBe('Long Bien tiếp công dân');
    expect(correctQuery('ket nab dang vien Duc Giang', ['nab'], vocabulary)).toBe('ket nap dang vien Duc Giang');
    expect(correctQuery('Nam Tu Lem, thu', ['lem'], vocabulary)).toBe('Nam Tu Liem, thu');
    expect(correctQuery('xyzw dang vien', ['xyzw'], vocabulary)).toBeUndefined();
  });
});

describe('correctPlaces', () => {
  const places = ['Nam Từ Liêm', 'Đức Giang', 'Long Biên', 'Đống Đa', 'Hà Nội'];
  it('corrects the one syllable of a place name typed one edit off, even a syllable that stands in some text', () => {
    expect(correctPlaces('Nam Tu Lem thu ngân sách', places)).toBe('Nam Tu Liem thu ngân sách');
    expect(correctPlaces('nam tu lem thu ngan sach', places)).toBe('nam tu liem thu ngan sach');
    expect(correctPlaces('Đức Giag có bao nhiêu chi bộ', places)).toBe('Đức Giang có bao nhiêu chi bộ');
    expect(correctPlaces('hội nghị đối thoại Long Biêng', places)).toBe('hội nghị đối thoại Long Biên');
  });
  it('leaves a place typed right, two syllables off, or no place at all', () => {
    expect(correctPlaces('Nam Từ Liêm thu ngân sách', places)).toBeUndefined();
    expect(correctPlaces('nam ta lem', places)).toBeUndefined();
    expect(correctPlaces('dang vien', places)).toBeUndefined();
    // "ha noi" has a syllable one edit from "hà" only with "noi" right beside it.
    expect(correctPlaces('ha tang noi bo', places)).toBeUndefined();
  });
});
