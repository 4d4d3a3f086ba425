import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/errors.ts';
import { keepPairs, QUESTION_WORDS_FILE, readLexiconTables, SYNONYMS_FILE } from '../../../src/lib/search/lexicon.ts';
import { useTempDirs } from '../../support/temp.ts';

const tempDir = useTempDirs();
function tables(synonyms: string, questionWords: string) {
  const dir = tempDir('bcm-lexicon-');
  writeFileSync(join(dir, SYNONYMS_FILE), synonyms);
  writeFileSync(join(dir, QUESTION_WORDS_FILE), questionWords);
  return readLexiconTables(dir);
}

describe('keepPairs', () => {
  it('keeps the pairs of the field’s terms where a word is spelled like a question word but is another', () => {
    expect(keepPairs(['Số tổ chức cơ sở đảng', 'Kiện toàn bộ máy', 'Đảng viên có thẻ'], ['có', 'mấy', 'bao nhiêu'])).toEqual([
      'bộ máy',
      'chức cơ',
      'cơ sở',
    ]);
  });
});

describe('the lexicon tables', () => {
  it('reads the site’s own tables without a problem', () => {
    expect(readLexiconTables().issues).toEqual([]);
  });
  it('names file, line, column and fix for every mistake an editor can make', () => {
    const { issues } = tables(
      'group,phrase\nky-luat,kỷ luật\nky-luat,thi hành kỷ luật\nmot-minh,dân số\nlap,Kỷ Luật\nnhieu,"a, b"\n',
      'phrase,asks_figure\nbao nhiêu,yes\nBao Giờ,no\nbao nhiêu,yes\nmấy,có\ndân số,no\n',
    );
    const messages = issues.map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/search-synonyms\.csv, dòng 4, cột "group": nhóm "mot-minh" chỉ có một cụm từ/),
        expect.stringMatching(/search-synonyms\.csv, dòng 5, cột "phrase": "Kỷ Luật" đã có ở dòng 2/),
        expect.stringMatching(/search-synonyms\.csv, dòng 6, cột "phrase": .*mỗi dòng một cụm từ/),
        expect.stringMatching(/search-question-words\.csv, dòng 3, cột "phrase": .*viết thường/),
        expect.stringMatching(/search-question-words\.csv, dòng 4, cột "phrase": "bao nhiêu" đã có ở dòng 2/),
        expect.stringMatching(/search-question-words\.csv, dòng 5, cột "asks_figure"/),
        expect.stringMatching(/search-question-words\.csv, dòng 6, cột "phrase": "dân số" cũng là một từ đồng nghĩa/),
      ]),
    );
    expect(messages.every((m) => m.includes('Sửa: '))).toBe(true);
  });
});
