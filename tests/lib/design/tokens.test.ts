import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/lib/design/contrast.ts';
import { faviconSvg } from '../../../src/lib/design/favicon.ts';
import { BREAKPOINTS, CHART, cssName, DARK, LIGHT, SPACE, TYPE_SCALE, tokensCss } from '../../../src/lib/design/tokens.ts';
import { ogSvg } from '../../../src/lib/og.ts';

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
    for (const [name, value] of Object.entries(LIGHT)) expect(light).toContain(`${cssName(name)}: ${value};`);
    for (const [name, value] of Object.entries(DARK)) expect(dark).toContain(`${cssName(name)}: ${value};`);
    for (const [name, value] of Object.entries(CHART)) expect(light).toContain(`${cssName(name, 'chart-')}: ${value};`);
    expect(cssName('onAccent')).toBe('--on-accent');
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

describe('colour contrast (WCAG 2.2 AA) in both schemes', () => {
  /** Text colours on the backgrounds they are set on: 4.5:1; outlines, edges and chart marks: 3:1. */
  const pairs = (c: Record<keyof typeof LIGHT, string>) => [
    { what: 'text on paper', fg: c.ink, bg: c.paper, min: 4.5 },
    { what: 'text on a tinted block', fg: c.ink, bg: c.tint, min: 4.5 },
    { what: 'muted text on paper', fg: c.muted, bg: c.paper, min: 4.5 },
    { what: 'muted text on a tinted block', fg: c.muted, bg: c.tint, min: 4.5 },
    { what: 'links on paper', fg: c.link, bg: c.paper, min: 4.5 },
    { what: 'links on a tinted block', fg: c.link, bg: c.tint, min: 4.5 },
    { what: 'accent text on paper', fg: c.accent, bg: c.paper, min: 4.5 },
    { what: 'text on an accent button', fg: c.onAccent, bg: c.accent, min: 4.5 },
    { what: 'text in an opened passage', fg: c.ink, bg: c.target, min: 4.5 },
    { what: 'links in an opened passage', fg: c.link, bg: c.target, min: 4.5 },
    { what: 'the opened passage’s outline on paper', fg: c.mark, bg: c.paper, min: 3 },
    { what: 'the opened passage’s outline on its background', fg: c.mark, bg: c.target, min: 3 },
    { what: 'the data notes’ edge', fg: c.caution, bg: c.paper, min: 3 },
  ];
  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('%s scheme', (_, scheme) => {
    const failing = pairs(scheme)
      .map((p) => ({ ...p, ratio: Number(contrastRatio(p.fg, p.bg).toFixed(2)) }))
      .filter((p) => p.ratio < p.min);
    expect(failing).toEqual([]);
  });

  it('charts: text and bars on the chart paper', () => {
    expect(contrastRatio(CHART.ink, CHART.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART.muted, CHART.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART.bar, CHART.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART.target, CHART.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(CHART.link, CHART.paper)).toBeGreaterThanOrEqual(4.5);
  });

  it('measures as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/);
  });
});

describe('images drawn at build read the tokens', () => {
  it('the favicon and preview cards use the page colours', () => {
    expect(faviconSvg()).toContain(`fill="${LIGHT.accent}"`);
    const card = ogSvg({ name: 'x', kicker: 'Báo cáo', title: 'Tiêu đề', detail: 'Chi tiết' });
    for (const colour of [LIGHT.ink, LIGHT.accent, LIGHT.muted, LIGHT.paper]) expect(card).toContain(`fill="${colour}"`);
  });

  it('no colour is written out anywhere but the tokens module', () => {
    const files = pageStyles()
      .concat(codeFiles('src'))
      .filter((f) => !f.endsWith('design/tokens.ts'));
    const literal = /#[0-9a-f]{6}\b|#[0-9a-f]{3}\b(?![0-9a-f;])/gi;
    const found = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(literal)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return codeFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}
