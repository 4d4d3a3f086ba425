import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/temp.ts';
import { abbreviationSummary, readAbbreviations } from '../../../src/lib/abbreviations/list.ts';
import { abbreviationLookup, abbreviationParts, rehypeAbbreviations } from '../../../src/lib/abbreviations/mark.ts';

const list = [
  { abbreviation: 'HĐND', phrase: 'Hội đồng nhân dân' },
  { abbreviation: 'TCCS', phrase: 'tổ chức cơ sở' },
  { abbreviation: 'TCCSĐ', phrase: 'tổ chức cơ sở đảng' },
  { abbreviation: 'CT', phrase: 'Chỉ thị' },
];
const lookup = abbreviationLookup(list);
const tempDir = useTempDirs();

describe('abbreviationParts', () => {
  it('spells out each abbreviation at its first use only, the page remembering what it has spelled out', () => {
    const seen = new Set<string>();
    expect(abbreviationParts('HĐND quận và HĐND phường; 38 TCCSĐ', lookup, seen)).toEqual([
      { text: 'HĐND', title: 'Hội đồng nhân dân' },
      { text: ' quận và HĐND phường; 38 ' },
      { text: 'TCCSĐ', title: 'tổ chức cơ sở đảng' },
    ]);
    expect(abbreviationParts('các TCCSĐ và HĐND', lookup, seen)).toEqual([{ text: 'các TCCSĐ và HĐND' }]);
  });

  it('finds whole words only, also inside a document number', () => {
    expect(abbreviationParts('Chỉ thị 05-CT/TW; CTV; TCCSD', lookup, new Set())).toEqual([
      { text: 'Chỉ thị 05-' },
      { text: 'CT', title: 'Chỉ thị' },
      { text: '/TW; CTV; TCCSD' },
    ]);
  });
});

describe('rehypeAbbreviations', () => {
  it('marks the first use in the text, not inside code or an abbreviation already marked', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Mã TCCS' }] },
        { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'HĐND' }] },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'HĐND và TCCS' }] },
      ],
    };
    rehypeAbbreviations({ list: () => list })(tree);
    // Serialized by hand: elements as <tag title>, text as is.
    const html = (nodes: Root['children']): string =>
      nodes
        .map((n) =>
          n.type === 'text'
            ? n.value
            : n.type === 'element'
              ? `<${n.tagName}${n.properties.title ? ` title="${String(n.properties.title)}"` : ''}>${html(n.children)}</${n.tagName}>`
              : '',
        )
        .join('');
    expect(html(tree.children)).toBe(
      '<p>Mã <abbr title="tổ chức cơ sở">TCCS</abbr></p><code>HĐND</code><p><abbr title="Hội đồng nhân dân">HĐND</abbr> và TCCS</p>',
    );
  });
});

describe('the list in data/', () => {
  it('gives one phrase per abbreviation, the rejected pairs left out', () => {
    const read = readAbbreviations();
    expect(new Set(read.map((a) => a.abbreviation)).size).toBe(read.length);
    expect(read.find((a) => a.abbreviation === 'TCD')).toBeUndefined();
    expect(read.find((a) => a.abbreviation === 'HĐND')?.phrase).toBe('Hội đồng nhân dân');
  });

  it('sums up what was mined, how, what is in use and what a reviewer rejected, with the reason', () => {
    const dir = tempDir('abbr-');
    writeFileSync(
      join(dir, 'abbreviations.csv'),
      'abbreviation,phrase,source,count,rejected\nHHĐ,Huy hiệu Đảng,definition,1,\nTT,Thông tri,initials,2,hai nghĩa\nTT,thể thao,initials,6, \n',
    );
    expect(abbreviationSummary(dir)).toEqual({
      pairs: 3,
      abbreviations: 2,
      bySource: { definition: 1, initials: 2 },
      used: [
        { abbreviation: 'HHĐ', phrase: 'Huy hiệu Đảng' },
        { abbreviation: 'TT', phrase: 'thể thao' },
      ],
      rejected: [{ abbreviation: 'TT', phrase: 'Thông tri', reason: 'hai nghĩa' }],
    });
  });

  it('refuses two phrases in use for one abbreviation, naming the row and the fix', () => {
    const dir = tempDir('abbr-');
    writeFileSync(
      join(dir, 'abbreviations.csv'),
      'abbreviation,phrase,source,count,rejected\nTT,Thông tri,initials,2,\nTT,thể thao,initials,6,\n',
    );
    expect(() => readAbbreviations(dir)).toThrow(/abbreviations\.csv.*dòng 3.*rejected[\s\S]*một cụm từ/);
  });
});
