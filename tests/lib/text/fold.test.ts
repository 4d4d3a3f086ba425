import { describe, expect, it } from 'vitest';
import { collapseWhitespace, foldVietnamese, slugify, stripDiacritics } from '../../../src/lib/text/fold.ts';

describe('Vietnamese folding', () => {
  it('removes tone and vowel marks and folds đ to d', () => {
    expect(stripDiacritics('Đảng viên Nguyễn')).toBe('Dang vien Nguyen');
    expect(foldVietnamese('ĐẢNG VIÊN')).toBe('dang vien');
  });
  it('treats precomposed and decomposed input alike', () => {
    expect(foldVietnamese('Liêm'.normalize('NFD'))).toBe(foldVietnamese('Liêm'.normalize('NFC')));
  });
  it('collapses every kind of space', () => {
    expect(collapseWhitespace(' a\u00a0\n b\t ')).toBe('a b');
  });
  it('makes readable slugs', () => {
    expect(slugify('Nam Từ Liêm')).toBe('nam-tu-liem');
    expect(slugify('Phường Đức Giang')).toBe('phuong-duc-giang');
    expect(slugify('1.1. Kết quả – đạt 92,1%', 3)).toBe('1-1-ket');
  });
});
