import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/dataset.ts';
import { SOURCES_DIR } from '../../../src/lib/data/files.ts';
import { draftEdition, guessArea } from '../../../src/lib/edition/draft.ts';
import { missingSentences } from '../../../src/lib/edition/fidelity.ts';
import { reportSchema, TO_FILL } from '../../../src/lib/reports/schema.ts';
import { pageText } from '../../support/edition-text.ts';

const { dataset } = loadDataset();
const areas = dataset.areas;

describe('draft editions of the five sources, as if new', () => {
  it.each([...dataset.reports.values()].map((r) => [r.slug, r.meta] as const))(
    '%s: a valid frontmatter and every sentence of the source',
    (slug, curated) => {
      const source = readFileSync(join(SOURCES_DIR, curated.source.file), 'utf8');
      const draft = draftEdition(source, { slug, sourceFile: curated.source.file, originalName: 'x.txt', areas });
      const { meta, text } = pageText(draft.mdx);
      expect(
        missingSentences(
          source,
          text,
          (meta.omitted ?? []).map((o) => o.text),
        ),
      ).toEqual([]);
      // What the masthead gave agrees with what the editors wrote by hand.
      for (const field of ['title', 'datePrinted', 'documentNumber', 'bylinePrinted', 'date'] as const) {
        if (meta[field] && !meta[field].includes(TO_FILL)) expect(meta[field], field).toBe(curated[field]);
      }
      expect(meta.areas).toEqual(curated.areas);
      // Once the marked values are filled, the frontmatter passes the schema.
      const filled = JSON.parse(JSON.stringify(meta).replaceAll(new RegExp(`${TO_FILL}[^"]*`, 'g'), '2022')) as unknown;
      expect(reportSchema.safeParse(filled).error?.issues ?? []).toEqual([]);
    },
  );
});

describe('the masthead of a news page', () => {
  const page = [
    'Trang chủ',
    'Tin tức - Sự kiện',
    'Phường Mẫu tổ chức Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030',
    'Ngày đăng 09/08/2025 | 08:15 | Lượt xem: 1520',
    'Sáng 8-8, Đảng bộ phường Mẫu tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 250 đại biểu dự.',
    'Nhiệm kỳ qua, Đảng bộ đã kết nạp 312 đảng viên mới, đạt 104% chỉ tiêu. Toàn Đảng bộ hiện có 45 tổ chức cơ sở đảng với 6.120 đảng viên.',
    'Đường dây nóng: 0243.8253.536',
    '(0) Bình luận',
    'Tin liên quan',
    'Phường Mẫu ra mắt bộ máy mới',
  ].join('\n\n');
  const draft = draftEdition(page, {
    slug: 'phuong-mau-dai-hoi-2025',
    sourceFile: 'phuong-mau-dai-hoi-2025.txt',
    originalName: 'trang.txt',
    areas,
    area: 'phuong-mau',
  });
  const { meta, text } = pageText(draft.mdx);

  it('takes section, title, date line, counters, hotline and related titles out of the body, each with a reason', () => {
    expect(meta.title).toBe('Phường Mẫu tổ chức Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030');
    expect(meta.date).toBe('2025-08-09');
    expect(meta.datePrinted).toBe('Ngày đăng 09/08/2025 | 08:15');
    expect(meta.documentType).toBe('tin-tuc');
    expect((meta.omitted ?? []).map((o) => o.text)).toEqual(
      expect.arrayContaining([
        'Trang chủ',
        'Tin tức - Sự kiện',
        'Lượt xem: 1520',
        'Đường dây nóng: 0243.8253.536',
        '(0) Bình luận',
        'Tin liên quan',
        'Phường Mẫu ra mắt bộ máy mới',
      ]),
    );
    expect(meta.omitted.every((o) => o.reason.length > 10)).toBe(true);
    const body = pageText(draft.mdx).edition.blocks.map((b) => b.text);
    expect(body).toHaveLength(2);
    expect(body[0]).toMatch(/^Sáng 8-8/);
    expect(
      missingSentences(
        page,
        text,
        (meta.omitted ?? []).map((o) => o.text),
      ),
    ).toEqual([]);
  });

  it('marks what only the editor knows, which the build refuses until filled', () => {
    expect(meta.summary).toContain(TO_FILL);
    expect(meta.period.label).toContain(TO_FILL);
    expect(draft.warnings.join('\n')).toMatch(/chưa có trong data\/areas\.csv/);
  });

  it('warns when the last paragraph stops mid-word, and when there are no headings', () => {
    const cut = draftEdition(
      `${page.split('\n\n').slice(0, 6).join('\n\n')}\n\nĐại hội đã bầu Ban Chấp hành gồm 27 đồng chí, trong đó có 9 đồng chí nữ, đạt tỷ lệ 33,3%, vượt chỉ tiêu đề ra. Đồng chí Bí thư nhấn mạnh nhiệm vụ trọng tâm là thực hi`,
      {
        slug: 'x',
        sourceFile: 'x.txt',
        originalName: 'x.txt',
        areas,
        area: 'duc-giang',
      },
    );
    expect(cut.warnings.join('\n')).toMatch(/đoạn cuối dừng mà không có dấu câu kết thúc \(“….*thực hi”\)/);
    expect(cut.warnings.join('\n')).toMatch(/không có đề mục/);
  });

  it('recognises the area the text names most', () => {
    expect(guessArea('Đảng bộ phường Đức Giang, quận Long Biên; phường Đức Giang có 19 tổ dân phố.', areas)?.id).toBe('duc-giang');
  });
});
