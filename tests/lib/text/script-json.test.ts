import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../../src/lib/text/script-json.ts';

describe('JSON written inside a script element', () => {
  const hostile = {
    summary: '</script><img src=x onerror=alert(1)>',
    title: '<!-- <script>alert(1)</script> & <meta http-equiv=refresh content="0;url=https://example.com">',
    line: 'a\u2028b\u2029c',
  };

  it('holds no character that could end the element or open markup', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
