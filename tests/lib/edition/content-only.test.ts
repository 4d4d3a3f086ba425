import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../src/lib/edition/docx.ts';
import { draftEdition } from '../../../src/lib/edition/draft.ts';
import { parseEdition } from '../../../src/lib/edition/parse.ts';
import { makeDocx } from '../../support/docx.ts';

const FRONTMATTER = '---\ntitle: "Báo cáo"\n---\n';
const problemsOf = (body: string) => parseEdition(`${FRONTMATTER}Đoạn mở đầu.\n\n${body}\n`).problems;

describe('an edition is content, not a program', () => {
  it.each([
    ['import', "import { readFileSync } from 'node:fs'", /import\/export/],
    ['export', 'export const x = 1', /import\/export/],
    ['a flow expression', '{process.env.HOME}', /biểu thức \{process\.env\.HOME\}/],
    ['an inline expression', 'Máy: {process.env.PATH} hết.', /biểu thức \{process\.env\.PATH\}/],
    ['a call', "{readFileSync('/etc/hostname', 'utf8')}", /biểu thức/],
    ['a script element', '<script>alert(1)</script>', /thẻ <script>/],
    ['an image with onerror', '<img src="x" onerror="alert(1)" />', /thẻ <img>/],
    ['a refresh meta', '<meta http-equiv="refresh" content="0;url=https://example.com" />', /thẻ <meta>/],
    ['an event handler on an allowed element', 'Chữ <span onclick="alert(1)">này</span>.', /thuộc tính onclick của <span>/],
    ['a style attribute', 'Chữ <span style="display:none">này</span>.', /thuộc tính style của <span>/],
    ['a spread attribute', '<PhotoCaption {...process.env}>Ảnh</PhotoCaption>', /thuộc tính \{\.\.\.process\.env\}/],
    [
      'an expression attribute on a component',
      '<Closing signer={process.env.HOME} signatureTitle={["BÍ THƯ"]} />',
      /thuộc tính signer của <Closing> là biểu thức/,
    ],
    ['an unknown component', '<Chart id="x" />', /thẻ <Chart>/],
    ['a fragment', '<>chữ</>', /thẻ rỗng/],
  ])('refuses %s, naming the line and the fix', (_, body, message) => {
    const problems = problemsOf(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(message);
    // Frontmatter (3 lines) + opening paragraph + blank line: the body's first line is line 6 of the file.
    expect(problems[0]!.line).toBe(6);
    expect(problems[0]!.fix.length).toBeGreaterThan(10);
  });

  it('accepts Markdown, footnotes, the components with literal attributes and the allowed inline HTML', () => {
    const body = [
      '## <span class="part-label">PHẦN THỨ NHẤT</span> ĐÁNH GIÁ',
      '',
      'Chữ có chú thích[^1] và H<sub>2</sub>O, m<sup>2</sup>, <abbr title="Ủy ban nhân dân">UBND</abbr>.',
      '',
      '[^1]: Chú thích.',
      '',
      '<PhotoCaption>Ảnh hội nghị</PhotoCaption>',
      '',
      '<Closing recipients={["Ban Thường vụ;", "Lưu."]} signatureTitle={["T/M BAN CHẤP HÀNH", "BÍ THƯ"]} signer="Nguyễn Văn A" />',
    ].join('\n');
    expect(problemsOf(body)).toEqual([]);
  });

  it('accepts escaped braces and angle brackets as text', () => {
    expect(problemsOf('Ký hiệu \\{a\\} và 3 \\< 5.')).toEqual([]);
  });
});

describe('an imported text that looks like code stays text', () => {
  // What a web page or Word file may hold in its words: each would be code or markup if copied into MDX as it is.
  const HOSTILE = [
    'Biến {process.env.HOME} và {readFileSync("/etc/hostname")} trong chữ.',
    "import { readFileSync } from 'node:fs'",
    'export const x = 1',
    'Thẻ <script>alert(1)</script> và <img src=x onerror=alert(1)> trong chữ.',
  ];
  const options = { slug: 'bao-cao-thu', sourceFile: 'bao-cao-thu.txt', originalName: 'bao-cao-thu.txt', areas: [], area: 'duc-giang' };
  const words = (mdx: string) =>
    parseEdition(mdx)
      .blocks.map((b) => b.text)
      .join('\n');

  it('from a plain-text source', () => {
    const { mdx } = draftEdition(`ĐẢNG BỘ PHƯỜNG\n\nBÁO CÁO\n\n${HOSTILE.join('\n\n')}\n`, options);
    expect(parseEdition(mdx).problems).toEqual([]);
    for (const line of HOSTILE) expect(words(mdx)).toContain(line);
  });

  it('from a Word file', async () => {
    const { mdx } = await importDocx(makeDocx([{ runs: ['BÁO CÁO'] }, ...HOSTILE.map((line) => ({ runs: [line] }))]), options);
    expect(parseEdition(mdx).problems).toEqual([]);
    for (const line of HOSTILE) expect(words(mdx)).toContain(line);
  });
});
