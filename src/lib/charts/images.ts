/**
 * Every image of a chart, laid out for where it will be seen: the page
 * (narrow and wide, notes as text under it), the embed (narrow, medium,
 * wide, everything inside), the downloads and the square and sharing cards.
 */
import type { ChartModel } from './model.ts';
import { COLORS, LAYOUTS } from './plots.ts';
import { renderChart, type RenderedChart } from './render.ts';

export interface ChartImages {
  /** Everything inside, 720 wide: the SVG download, the screen PNG, embeds 720 px and wider. */
  wide: RenderedChart;
  /** Everything inside, 480 wide: embeds 480–719 px wide. */
  medium: RenderedChart;
  /** The medium layout with labels beside the bars: the print PNG, no taller on the page than it needs to be. */
  print: RenderedChart;
  /** Everything inside, 320 wide: embeds narrower than 480 px. */
  narrow: RenderedChart;
  /** On the site's pages, whose figure shows the notes as text under the image. */
  page: { wide: RenderedChart; narrow: RenderedChart };
  /** 1:1 for Facebook and Zalo. */
  square: RenderedChart;
  /** 1200 × 630 sharing card: the chart itself. */
  card: RenderedChart;
}

export const CARD = { width: 1200, height: 630 } as const;

/** A chart centred on a canvas of its own proportions, white around it. */
function onCanvas(chart: RenderedChart, width: number, height: number, scale: number): RenderedChart {
  const dx = (width - chart.width * scale) / 2;
  const dy = (height - chart.height * scale) / 2;
  const inner = chart.svg
    .replace('<svg ', `<svg x="${dx.toFixed(1)}" y="${dy.toFixed(1)}" `)
    .replace(/ width="\d+" height="\d+"/, ` width="${(chart.width * scale).toFixed(1)}" height="${(chart.height * scale).toFixed(1)}"`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${COLORS.paper}"/>${inner}</svg>`;
  return { svg, width, height };
}

/**
 * Square, shown at 1080 px: the layout width (at most 540 units, so its 14-unit text is at least 28 px) whose drawing fills
 * the most of its square. Narrowing a short chart makes it taller, so two bars do not float in white.
 */
function square(model: ChartModel, description: string): RenderedChart {
  let best: RenderedChart | undefined;
  let bestScore = 0;
  // Labels beside the bars take less height than labels above them: a chart of many bars fits its square that way.
  const layouts = [true, false].flatMap((labelsAbove) =>
    Array.from({ length: (LAYOUTS.square.width - SQUARE_MIN_WIDTH) / 20 + 1 }, (_, i) => ({
      ...LAYOUTS.square,
      labelsAbove,
      width: LAYOUTS.square.width - i * 20,
    })),
  );
  for (const layout of layouts) {
    const chart = renderChart(model, description, layout, { variant: 'vuong' });
    const side = Math.max(chart.width, chart.height);
    // Taller than 540 units would shrink its text under 28 px at 1080: when no layout fits, the one that shrinks it least.
    const score = side > LAYOUTS.square.width ? LAYOUTS.square.width / side : 1 + squareShare(chart);
    if (score > bestScore) [best, bestScore] = [chart, score];
  }
  const side = Math.max(best!.width, best!.height);
  return onCanvas(best!, side, side, 1);
}

/** The narrowest square layout: below it labels wrap word by word. */
const SQUARE_MIN_WIDTH = 340;

/** How much of its square a drawing fills (1: all of it). */
const squareShare = (chart: { width: number; height: number }): number =>
  (chart.width * chart.height) / Math.max(chart.width, chart.height) ** 2;

/** Sharing card: the page's wide chart (without its notes), scaled to fit 1200 × 630; only ever a PNG, so its ids and class do not matter. */
function card(pageWide: RenderedChart): RenderedChart {
  return onCanvas(pageWide, CARD.width, CARD.height, Math.min(CARD.width / pageWide.width, CARD.height / pageWide.height));
}

export function chartImages(model: ChartModel, description: string): ChartImages {
  const page = {
    wide: renderChart(model, description, LAYOUTS.wide, { notes: false, className: 'chart-wide' }),
    narrow: renderChart(model, description, LAYOUTS.narrow, { notes: false, variant: 'hep', className: 'chart-narrow' }),
  };
  return {
    wide: renderChart(model, description, LAYOUTS.wide, { variant: 'rong' }),
    medium: renderChart(model, description, LAYOUTS.medium, { variant: 'vua' }),
    print: renderChart(model, description, { ...LAYOUTS.medium, labelsAbove: false }, { variant: 'in' }),
    narrow: renderChart(model, description, LAYOUTS.narrow, { variant: 'hep' }),
    page,
    square: square(model, description),
    card: card(page.wide),
  };
}
