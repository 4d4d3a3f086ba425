import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctQuery, correctSyllable, oneEditApart } from '../../../src/lib/search/typos.ts';

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
