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
  /** For a feed (Facebook, Zalo): 1:1, else 4:5, else as tall as the chart. */
  square: RenderedChart;
  /** 1200 × 630 sharing card: the chart itself. */
  card: RenderedChart;
}

export const CARD = { width: 1200, height: 630 } as const;

/** A chart centred on a canvas of its own proportions, white around it. */
function onCanvas(chart: RenderedChart, width: number, height: number, scale: number): RenderedChart {
  // Never below 0: a drawing scaled to fit touches its edges, and rounding would write "-0.0".
  const dx = Math.max(0, (width - chart.width * scale) / 2);
  const dy = Math.max(0, (height - chart.height * scale) / 2);
  const inner = chart.svg
    .replace('<svg ', `<svg x="${dx.toFixed(1)}" y="${dy.toFixed(1)}" `)
    .replace(/ width="\d+" height="\d+"/, ` width="${(chart.width * scale).toFixed(1)}" height="${(chart.height * scale).toFixed(1)}"`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${COLORS.paper}"/>${inner}</svg>`;
  return { svg, width, height, chartArea: chart.chartArea * scale ** 2 };
}

/**
 * The image for a feed (Facebook, Zalo), shown 1080 px wide: 540 units drawn at 2× or more, so the layout's smallest
 * text (14 units) is at least 28 px. Its shape, the first that holds the chart filling at least CHART_SHARE of it:
 * square (1:1, shown whole in every feed), else portrait 4:5 (1080 × 1350, the tallest Facebook and Instagram show
 * uncropped in a feed: more of a phone's screen, not smaller text); first with the districts' status line, then with it
 * left to the chart's address like the other notes. A chart no 4:5 image holds at 28 px (many more bars than today's)
 * gets an image as tall as it: a feed shows its top, title and first bars, and a tap opens the whole, still at 28 px.
 */
function social(model: ChartModel, description: string): RenderedChart {
  const width = LAYOUTS.square.width;
  let fallback: RenderedChart | undefined;
  for (const areasNote of [true, false]) {
    // Narrower layouts are taller (a short chart fills its square); labels beside the bars are shorter (many bars fit).
    const drawings = [true, false].flatMap((labelsAbove) =>
      Array.from({ length: (width - SOCIAL_MIN_WIDTH) / 20 + 1 }, (_, i) =>
        renderChart(model, description, { ...LAYOUTS.square, labelsAbove, width: width - i * 20 }, { variant: 'vuong', areasNote }),
      ),
    );
    for (const ratio of SOCIAL_RATIOS) {
      const height = Math.round(width * ratio);
      // A drawing that fits is enlarged to fill its shape: its text only grows.
      const best = drawings
        .map((drawing) => ({ drawing, scale: Math.min(width / drawing.width, height / drawing.height) }))
        .filter(({ scale }) => scale >= 1)
        .map(({ drawing, scale }) => onCanvas(drawing, width, height, scale))
        .sort((a, b) => chartShare(b) - chartShare(a))[0];
      if (best && chartShare(best) >= CHART_SHARE) return best;
    }
    if (!fallback) {
      const shortest = drawings.filter((d) => d.width === width).sort((a, b) => a.height - b.height)[0]!;
      fallback = onCanvas(shortest, width, shortest.height, 1);
    }
  }
  return fallback!;
}

/** Height over width of the feed shapes, most compact first: 1:1, then 4:5. */
export const SOCIAL_RATIOS = [1, 5 / 4] as const;
/** The least of a feed image the chart itself fills (not its notes, not white). */
export const CHART_SHARE = 0.7;
/** The narrowest feed layout: below it labels wrap word by word. */
const SOCIAL_MIN_WIDTH = 340;

/** How much of an image the chart fills (1: all of it): white and notes (the caveat, the districts' status) are not the chart. */
export const chartShare = (image: RenderedChart): number => image.chartArea / (image.width * image.height);

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
    square: social(model, description),
    card: card(page.wide),
  };
}
