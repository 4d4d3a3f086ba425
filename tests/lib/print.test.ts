import { describe, expect, it } from 'vitest';
import { cssString, runningTitleCss } from '../../src/lib/print.ts';

describe('print stylesheet', () => {
  it('puts the report’s name and address in the top margin of every page', () => {
    expect(runningTitleCss('Đống Đa: kết quả', '/bao-cao/dong-da/')).toBe(
      '@page { @top-left { content: "Đống Đa: kết quả · baocaomo.vn/bao-cao/dong-da/" !important; } }\n',
    );
  });
  it('escapes what would end a CSS string', () => {
    expect(cssString('Báo cáo “số 5” "A" \\ b\nc')).toBe('"Báo cáo “số 5” \\"A\\" \\\\ b c"');
  });
});
