/**
 * The site's design tokens: one definition of each colour, read by pages and
 * by everything drawn at build (chart SVG and PNG, embeds, preview images).
 * Stylesheets read them as custom properties; code imports them from here.
 */

/** Page colours, light scheme. */
export const LIGHT = {
  ink: '#1b1f24',
  muted: '#4a5563',
  paper: '#ffffff',
  tint: '#f3f5f8',
  line: '#d5dbe3',
  accent: '#8a1c1c',
  link: '#0b4f9c',
  target: '#fff4c2',
  /** Text on an accent background (buttons, the current page of results). */
  onAccent: '#ffffff',
  /** The outline of the passage a link has opened. */
  mark: '#a08a00',
  /** The edge of a warning block (data notes). */
  caution: '#b35900',
} as const;

/** Page colours, dark scheme (system setting). */
export const DARK = {
  ink: '#e8ecf1',
  muted: '#aeb8c4',
  paper: '#14171b',
  tint: '#1e2329',
  line: '#3a424c',
  accent: '#ff8a80',
  link: '#8cc4ff',
  target: '#4a3f00',
  onAccent: '#14171b',
  mark: '#c9a800',
  caution: '#b35900',
} as const satisfies Record<keyof typeof LIGHT, string>;

/**
 * Chart colours. Charts keep white paper in both schemes so a chart on a page
 * reads the same as its PNG. Okabe–Ito blue and vermilion: distinguishable
 * with colour-blindness, ≥ 4.5:1 on white.
 */
export const CHART = {
  bar: '#0b62a4',
  target: '#a63d00',
  ink: LIGHT.ink,
  muted: LIGHT.muted,
  grid: LIGHT.line,
  paper: LIGHT.paper,
  link: LIGHT.link,
} as const;

/**
 * Where layouts change. CSS cannot read a custom property inside @media, so
 * stylesheets write these values out; a test keeps every @media width in the
 * stylesheets equal to one of them.
 */
export const BREAKPOINTS = {
  /** Under this, tables become cards and the header stacks: phones. */
  narrow: '40rem',
  /** From this, search filters sit beside the results. */
  medium: '56rem',
  /** From this, a report's contents sit beside its text and the header is one row. */
  wide: '64rem',
} as const;

/** Font sizes, from small print to the page title (rem, on a 16 px root). */
export const TYPE_SCALE = {
  small: '0.88rem',
  ui: '0.92rem',
  body: '1.0625rem',
  lede: '1.1rem',
  h4: '1.02rem',
  h3: '1.15rem',
  h2: '1.3rem',
  h1: '1.6rem',
} as const;

/** Spacing steps. */
export const SPACE = {
  xs: '0.25rem',
  s: '0.5rem',
  m: '1rem',
  l: '1.5rem',
  xl: '2.5rem',
} as const;

/** The smallest target for a finger or pointer (WCAG 2.5.8: 24 × 24 CSS px). */
export const HIT_MIN = '24px';

/** The text measure and the page's main column. */
export const MEASURE = { text: '42rem', page: '64rem' } as const;

/** A token's custom property: `onAccent` is `--on-accent`, a chart's `bar` `--chart-bar`. */
export const cssName = (name: string, prefix = ''): string => `--${prefix}${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const properties = (prefix: string, values: Record<string, string>, indent = '  '): string =>
  Object.entries(values)
    .map(([name, value]) => `${indent}${cssName(name, prefix)}: ${value};`)
    .join('\n');

/**
 * The tokens as custom properties, in the first cascade layer so any rule may
 * read them and none is overridden by them; dark colours follow the system,
 * chart colours (`--chart-*`) do not.
 */
export function tokensCss(): string {
  return `@layer tokens {
:root {
${properties('', LIGHT)}
${properties('chart-', CHART)}
${properties('text-', TYPE_SCALE)}
${properties('space-', SPACE)}
  --measure: ${MEASURE.text};
  --page-width: ${MEASURE.page};
  --hit-min: ${HIT_MIN};
}
@media (prefers-color-scheme: dark) {
  :root {
${properties('', DARK, '    ')}
    color-scheme: dark;
  }
}
/* Paper is white whatever the screen's scheme. */
@media print {
  :root {
${properties('', LIGHT, '    ')}
    color-scheme: light;
  }
}
}
`;
}

/** Only the chart colours, for the embedded chart's own stylesheet (embed.css): white paper in both schemes. */
export function chartTokensCss(): string {
  return `:root {\n${properties('chart-', CHART)}\n}\n`;
}
