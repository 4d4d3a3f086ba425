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
} as const;

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
} as const;
