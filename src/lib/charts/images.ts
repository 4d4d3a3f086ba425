/**
 * Every image of a chart, laid out for where it will be seen: the page
 * (narrow and wide, notes as text under it), the embed (narrow, medium,
 * wide, everything inside), the downloads and the square and sharing cards.
 */
import type { ChartModel } from './model.ts';
import { COLORS, LAYOUTS, renderChart, type RenderedChart } from './render.ts';

export interface ChartImages {
  /** Everything inside, 720 wide: the SVG download, the screen PNG, embeds 720 px and wider. */
  wide: RenderedChart;
  /** Everything inside, 480 wide: the print PNG and embeds 480–719 px wide. */
  medium: RenderedChart;
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

/** Square: widen the layout until the chart is no taller than wide, then centre it on a square. */
function square(model: ChartModel, description: string): RenderedChart {
  let chart = renderChart(model, description, LAYOUTS.square, { variant: 'vuong' });
  for (let width = LAYOUTS.square.width + 60; chart.height > chart.width && width <= 1200; width += 60)
    chart = renderChart(model, description, { ...LAYOUTS.square, width }, { variant: 'vuong' });
  const side = Math.max(chart.width, chart.height);
  return onCanvas(chart, side, side, 1);
}

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
    narrow: renderChart(model, description, LAYOUTS.narrow, { variant: 'hep' }),
    page,
    square: square(model, description),
    card: card(page.wide),
  };
}
