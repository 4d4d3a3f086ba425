import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, DARK, LIGHT, SPACE, TYPE_SCALE, tokensCss } from '../../../src/lib/design/tokens.ts';

/** Page stylesheets and components (the embed's widths are the chart images', EMBED_BREAKPOINTS). */
function pageStyles(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pageStyles(path);
    return /\.(astro|css)$/.test(name) && name !== 'embed.css' ? [path] : [];
  });
}

describe('design tokens', () => {
  it('emits every token as a custom property, dark colours under the dark scheme', () => {
    const css = tokensCss();
    const [light, dark] = css.split('prefers-color-scheme: dark');
    for (const [name, value] of Object.entries(LIGHT)) expect(light).toContain(`--${name}: ${value};`);
    for (const [name, value] of Object.entries(DARK)) expect(dark).toContain(`--${name}: ${value};`);
    for (const [name, value] of Object.entries(TYPE_SCALE)) expect(light).toContain(`--text-${name}: ${value};`);
    for (const [name, value] of Object.entries(SPACE)) expect(light).toContain(`--space-${name}: ${value};`);
    expect(css.startsWith('@layer tokens {')).toBe(true);
  });

  it('media queries break only at the breakpoints (CSS cannot read a custom property there)', () => {
    const allowed = new Set<string>(Object.values(BREAKPOINTS));
    const used = pageStyles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/@media[^{]*?(?:width\s*[<>]=?\s*|(?:min|max)-width:\s*)([\d.]+[a-z]+)/g)].map(
        (m) => `${file}: ${m[1]}`,
      ),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((u) => !allowed.has(u.split(': ')[1]!))).toEqual([]);
  });
});
