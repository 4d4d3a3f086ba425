/**
 * Draw a chart as a standalone SVG string at build time (no DOM needed), in
 * one of several layouts: the same model, laid out for the width it will be
 * seen at, so no text is shrunk below what a reader can read. Title,
 * subtitle, plot, source line, key, the one caveat and the credit with the
 * chart's address are inside the image (the caveat stays out when the page
 * shows every note under it), so a chart pasted into a bulletin still says
 * what it is, where it came from and where the rest is said. d3 computes
 * scales and ticks; the geometry is plain SVG.
 */
import { KINDS } from './kinds/index.ts';
import type { ChartModel } from './model.ts';
import { COLORS, LAYOUTS, textLines, type Block, type Layout } from './plots.ts';
import { escapeXml, wrapText } from './text.ts';

const FONT = "'Be Vietnam Pro', 'Noto Sans', sans-serif";

function header(model: ChartModel, layout: Layout, y: number): Block {
  const inner = layout.width - 2 * layout.pad;
  const title = textLines(wrapText(model.title, inner, layout.font.title, true), layout.pad, y, layout.font.title, { bold: true });
  const subtitle = textLines(
    wrapText(model.subtitle, inner, layout.font.subtitle),
    layout.pad,
    y + title.height + 4,
    layout.font.subtitle,
    {
      fill: COLORS.muted,
    },
  );
  return { svg: title.svg + subtitle.svg, height: title.height + 4 + subtitle.height + 12 };
}

/** The lines under the plot; `notesHeight` is the part of them that is notes (the caveat, the districts' status), not the chart. */
function footer(model: ChartModel, layout: Layout, y: number, withNotes: boolean, withAreas: boolean): Block & { notesHeight: number } {
  const { pad, width } = layout;
  const inner = width - 2 * pad;
  const size = layout.font.small;
  let svg = `<line x1="${pad}" x2="${width - pad}" y1="${y}" y2="${y}" stroke="${COLORS.grid}"/>`;
  let height = 10;
  const add = (text: string, fill: string = COLORS.muted, bold = false) => {
    const block = textLines(wrapText(text, inner, size, bold), pad, y + height, size, { fill, bold });
    svg += block.svg;
    height += block.height + 4;
    return block.height + 4;
  };
  add(`Nguồn: ${model.sources.join('; ')}.`);
  for (const key of model.legend) add(key);
  let notesHeight = 0;
  // One caveat, the one that changes how the chart is read; the rest wait at the chart's address, which the credit gives.
  if (withNotes && model.caveat) notesHeight += add(`Lưu ý: ${shortCaveat(model.caveat, inner, size)}`, COLORS.ink);
  const areas = withNotes && model.areasNote !== '';
  if (areas && withAreas) notesHeight += add(model.areasNote);
  const more = withNotes ? model.notes.filter((n) => n !== model.caveat).length + (areas && !withAreas ? 1 : 0) : 0;
  add(more ? `${model.credit} (thêm ${more} ghi chú)` : model.credit, COLORS.ink, true);
  return { svg, height: height + 8, notesHeight };
}

/** A caveat in one line where it fits, else its first clause ("Chỉ tiêu … là của cả nhiệm kỳ 2020–2025"), whole at the chart's address. */
function shortCaveat(caveat: string, width: number, size: number): string {
  const fits = (text: string) => wrapText(`Lưu ý: ${text}`, width, size).length === 1;
  if (fits(caveat)) return caveat;
  const clause = caveat.split(/[;:]\s/)[0]!.replace(/[.,]$/, '');
  return clause.length < caveat.length ? `${clause}…` : caveat;
}

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
  /** Of the area, in square units, what the chart fills: its drawing (title, plot, key, source, credit) but not its notes. */
  chartArea: number;
}

export interface RenderOptions {
  /** The caveat inside the image (downloads, embeds), or left to the page, which shows every note as text. */
  notes?: boolean;
  /** With the caveat, also the districts' status line, or left with the other notes to the chart's address (counted there). */
  areasNote?: boolean;
  /** Makes the title and description ids unique when one page shows several layouts. */
  variant?: string;
  /** Extra class on the root, e.g. which layout a stylesheet should show. */
  className?: string;
}

/** The whole chart as SVG: role="img" with title and description for screen readers. */
export function renderChart(
  model: ChartModel,
  description: string,
  layout: Layout = LAYOUTS.wide,
  options: RenderOptions = {},
): RenderedChart {
  const { pad, width } = layout;
  const head = header(model, layout, pad);
  const plotY = pad + head.height;
  const plot = KINDS[model.kind].plot(model, layout, plotY);
  const foot = footer(model, layout, plotY + plot.height + 8, options.notes ?? true, options.areasNote ?? true);
  const height = Math.ceil(plotY + plot.height + 8 + foot.height);
  const idBase = options.variant ? `${model.id}-${options.variant}` : model.id;
  const titleId = `${idBase}-tieu-de`;
  const descId = `${idBase}-mo-ta`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${FONT}" class="chart${options.className ? ` ${options.className}` : ''}">` +
    `<title id="${titleId}">${escapeXml(model.title)}</title><desc id="${descId}">${escapeXml(description)}</desc>` +
    `<rect width="100%" height="100%" fill="${COLORS.paper}"/>` +
    head.svg +
    plot.svg +
    foot.svg +
    '</svg>';
  return { svg, width, height, chartArea: width * (height - foot.notesHeight) };
}

/** The smallest font size in an SVG, in its own units: what must stay readable once scaled. */
export function smallestFontSize(svg: string): number {
  return Math.min(...[...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])));
}
