/**
 * The plots charts draw, in SVG units of a layout: horizontal bars (every kind can use them) and columns (a yearly
 * series, when every label fits over its column), with their axis, targets and paces. Chart kinds (kinds/) choose one;
 * render.ts puts title, plot and footer together.
 */
import { scaleBand, scaleLinear } from 'd3';
import { CHART } from '../design/tokens.ts';
import { formatNumber } from '../numbers/format.ts';
import type { ChartDatum, ChartModel } from './model.ts';
import { escapeXml, textWidth, wrapText } from './text.ts';

export const COLORS = CHART;

export interface Layout {
  /** Width in SVG units: at 1:1 on screen, one unit is one CSS pixel. */
  width: number;
  pad: number;
  font: { title: number; subtitle: number; label: number; value: number; small: number };
  /** Labels on their own line above each bar (narrow screens), or in a column to the left. */
  labelsAbove: boolean;
  /** At most this many ticks on the value axis. */
  ticks: number;
  /** Yearly series as columns when they fit; otherwise every chart is horizontal bars. */
  columns: boolean;
}

/**
 * wide: the SVG download, the screen PNG (1200 px) and pages at 720 px and more.
 * medium: the print PNG (at A5 text width no text under 8 pt) and embeds 480–719 px wide.
 * narrow: phones, at 320 px; its smallest text is 13 px, so it stays ≥ 12 px from 296 px up.
 * square: 540 units shown at 1080 px for Facebook and Zalo, with larger text for a feed.
 */
export const LAYOUTS = {
  wide: {
    width: 720,
    pad: 20,
    font: { title: 20, subtitle: 14, label: 13, value: 13, small: 12 },
    labelsAbove: false,
    ticks: 4,
    columns: true,
  },
  medium: {
    width: 480,
    pad: 16,
    font: { title: 18, subtitle: 13, label: 13, value: 13, small: 12 },
    labelsAbove: true,
    ticks: 3,
    columns: true,
  },
  narrow: {
    width: 320,
    pad: 12,
    font: { title: 18, subtitle: 14, label: 14, value: 14, small: 13 },
    labelsAbove: true,
    ticks: 2,
    columns: false,
  },
  square: {
    width: 540,
    pad: 20,
    font: { title: 22, subtitle: 15, label: 15, value: 16, small: 14 },
    labelsAbove: true,
    ticks: 3,
    columns: true,
  },
} as const satisfies Record<string, Layout>;

export interface Block {
  svg: string;
  height: number;
}

export function textLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  options: { bold?: boolean; fill?: string; anchor?: string } = {},
): Block {
  const lineHeight = Math.round(size * 1.35);
  const svg = lines
    .map(
      (line, i) =>
        `<text x="${round(x)}" y="${round(y + size + i * lineHeight)}" font-size="${size}"${options.bold ? ' font-weight="700"' : ''} fill="${options.fill ?? COLORS.ink}"${options.anchor ? ` text-anchor="${options.anchor}"` : ''}>${escapeXml(line)}</text>`,
    )
    .join('');
  return { svg, height: lines.length ? lines.length * lineHeight : 0 };
}

export const round = (n: number) => Number(n.toFixed(1));
export const lineHeight = (size: number) => Math.round(size * 1.35);

/**
 * Room kept right of the plot for value labels: the widest label, but never
 * more than a third of the width (a longer label goes under its bar instead).
 */
function valueRoom(model: ChartModel, layout: Layout): number {
  const widest = Math.max(...model.data.map((d) => textWidth(d.valueLabel, layout.font.value, true))) + 10;
  return Math.min(widest, (layout.width - 2 * layout.pad) / 3);
}

/** As many ticks as fit without their labels touching, up to the layout's number. */
function fittingTicks(model: ChartModel, layout: Layout, x: ReturnType<typeof scaleLinear<number, number>>): number[] {
  for (let count = layout.ticks; count > 1; count--) {
    const ticks = x.ticks(count);
    const widest = Math.max(...ticks.map((t) => textWidth(formatNumber(t, 'axis', model.unit), layout.font.small)));
    const step = ticks.length > 1 ? x(ticks[1]!) - x(ticks[0]!) : Infinity;
    if (step >= widest + 8) return ticks;
  }
  return x.domain();
}

function targetMarks(d: ChartDatum, x: (v: number) => number, top: number, bottom: number): string {
  let svg = '';
  if (d.target !== undefined) {
    const tx = round(x(d.target));
    svg += `<line x1="${tx}" x2="${tx}" y1="${top - 4}" y2="${bottom + 3}" stroke="${COLORS.target}" stroke-width="3"/>`;
  }
  if (d.pace !== undefined) {
    const px = round(x(d.pace));
    svg += `<line x1="${px}" x2="${px}" y1="${top - 4}" y2="${bottom + 3}" stroke="${COLORS.target}" stroke-width="2" stroke-dasharray="4 3"/>`;
  }
  return svg;
}

function bar(d: ChartDatum, x0: number, y: number, width: number, height: number): string {
  // A target beside results is an outline, so it never reads as something achieved.
  return d.role === 'target'
    ? `<rect x="${round(x0 + 1)}" y="${round(y + 1)}" width="${round(Math.max(1, width - 2))}" height="${round(height - 2)}" fill="${COLORS.paper}" stroke="${COLORS.target}" stroke-width="2"/>`
    : `<rect x="${round(x0)}" y="${round(y)}" width="${round(Math.max(1, width))}" height="${round(height)}" fill="${COLORS.bar}"/>`;
}

function axis(
  model: ChartModel,
  layout: Layout,
  x: ReturnType<typeof scaleLinear<number, number>>,
  top: number,
  bottom: number,
  right: number,
  gridLines: boolean,
): Block {
  const size = layout.font.small;
  const ticks = fittingTicks(model, layout, x);
  let svg = ticks
    .map(
      (t) =>
        // Text across the plot (labels above bars, values or notes under them): grid lines would cross it, so only ticks at the axis.
        `<line x1="${round(x(t))}" x2="${round(x(t))}" y1="${round(gridLines ? top : bottom - 6)}" y2="${round(bottom)}" stroke="${COLORS.grid}"/><text x="${round(x(t))}" y="${round(bottom + size + 4)}" font-size="${size}" fill="${COLORS.muted}" text-anchor="middle">${escapeXml(formatNumber(t, 'axis', model.unit))}</text>`,
    )
    .join('');
  const label = wrapText(model.valueLabel, layout.width - 2 * layout.pad, size);
  svg += textLines(label, Math.max(right, layout.pad + Math.max(...label.map((l) => textWidth(l, size)))), bottom + size + 10, size, {
    fill: COLORS.muted,
    anchor: 'end',
  }).svg;
  return { svg, height: size + 10 + label.length * lineHeight(size) + 6 };
}

export function horizontalBars(model: ChartModel, layout: Layout, y: number): Block {
  const { pad, width, font } = layout;
  const labelWidth = layout.labelsAbove ? 0 : Math.round(width * 0.32);
  const plotLeft = pad + labelWidth;
  const plotRight = width - pad - valueRoom(model, layout);
  const max = Math.max(...model.data.flatMap((d) => [d.value, d.target ?? 0, d.pace ?? 0]));
  const x = scaleLinear().domain([0, max]).nice(layout.ticks).range([plotLeft, plotRight]);
  const barHeight = Math.round(font.value * 1.6);
  const textWidthLimit = layout.labelsAbove ? width - 2 * pad : labelWidth - 12;
  // Under its bar a note may take the room kept for value labels too.
  const annotationWidth = layout.labelsAbove ? width - 2 * pad : width - pad - plotLeft;
  let svg = '';
  let top = y + 4;
  const plotTop = top;
  let textUnderBars = false;
  for (const d of model.data) {
    const label = wrapText(d.label, textWidthLimit, font.label, true);
    const sub = d.sublabel ? wrapText(d.sublabel, textWidthLimit, font.small) : [];
    const annotation = d.annotation ? wrapText(d.annotation, annotationWidth, font.small) : [];
    const labelBlock = label.length * lineHeight(font.label) + sub.length * lineHeight(font.small);
    const barY = layout.labelsAbove ? top + labelBlock + 4 : top + 4;
    svg += `<g class="mark"><title>${escapeXml(`${d.label}${d.sublabel ? ` (${d.sublabel})` : ''}: ${d.valueLabel}`)}</title>`;
    svg += textLines(label, pad, top, font.label, { bold: true }).svg;
    svg += textLines(sub, pad, top + label.length * lineHeight(font.label), font.small, { fill: COLORS.muted }).svg;
    svg += bar(d, plotLeft, barY, x(d.value) - plotLeft, barHeight);
    svg += targetMarks(d, x, barY, barY + barHeight);
    const valueX = Math.max(x(d.value), d.target !== undefined ? x(d.target) : 0, d.pace !== undefined ? x(d.pace) : 0) + 6;
    const textX = layout.labelsAbove ? pad : plotLeft;
    // A value label that does not fit right of its bar goes on its own line under it.
    const under = valueX + textWidth(d.valueLabel, font.value, true) > width - pad;
    const valueLines = under ? wrapText(d.valueLabel, width - pad - textX, font.value, true) : [];
    svg += under
      ? textLines(valueLines, textX, barY + barHeight + 4, font.value, { bold: true }).svg
      : // Beside its bar the value sits over the grid lines: a rim of paper keeps them from crossing it.
        `<text x="${round(valueX)}" y="${round(barY + barHeight / 2 + font.value * 0.36)}" font-size="${font.value}" font-weight="700" fill="${COLORS.ink}" stroke="${COLORS.paper}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(d.valueLabel)}</text>`;
    const valueHeight = valueLines.length * lineHeight(font.value);
    textUnderBars ||= under || annotation.length > 0;
    svg += textLines(annotation, textX, barY + barHeight + 4 + valueHeight, font.small, { fill: COLORS.muted }).svg;
    svg += '</g>';
    const below = barHeight + 4 + valueHeight + annotation.length * lineHeight(font.small) + 10;
    top += layout.labelsAbove ? labelBlock + 4 + below : Math.max(labelBlock + 8, 4 + below);
  }
  const ax = axis(model, layout, x, plotTop, top, plotRight, !layout.labelsAbove && !textUnderBars);
  return { svg: ax.svg + svg, height: top + ax.height - y };
}

export function columns(model: ChartModel, layout: Layout, y: number): Block | undefined {
  const { pad, width, font } = layout;
  const plotLeft = pad + Math.max(...model.data.map((d) => textWidth(formatNumber(d.value, 'axis', model.unit), font.small))) + 10;
  const plotRight = width - pad;
  const band = scaleBand<string>()
    .domain(model.data.map((d) => d.observationId))
    .range([plotLeft, plotRight])
    .padding(0.3);
  // Columns only when every value label fits over its column: otherwise bars say it better.
  const room = band.step() - 4;
  if (model.data.some((d) => textWidth(d.valueLabel, font.value, true) > room || textWidth(d.label, font.label, true) > room))
    return undefined;
  const plotHeight = Math.round(width * 0.3);
  const max = Math.max(...model.data.map((d) => d.value));
  const top = y + font.small + 12;
  const yScale = scaleLinear()
    .domain([0, max])
    .nice(layout.ticks)
    .range([top + plotHeight, top]);
  let svg = yScale
    .ticks(layout.ticks)
    .map(
      (t) =>
        `<line x1="${round(plotLeft)}" x2="${round(plotRight)}" y1="${round(yScale(t))}" y2="${round(yScale(t))}" stroke="${COLORS.grid}"/><text x="${round(plotLeft - 6)}" y="${round(yScale(t) + font.small * 0.36)}" font-size="${font.small}" fill="${COLORS.muted}" text-anchor="end">${escapeXml(formatNumber(t, 'axis', model.unit))}</text>`,
    )
    .join('');
  svg += textLines([model.valueLabel], pad, y, font.small, { fill: COLORS.muted }).svg;
  let below = 0;
  for (const d of model.data) {
    const left = band(d.observationId)!;
    const center = left + band.bandwidth() / 2;
    const barTop = yScale(d.value);
    svg += `<g class="mark"><title>${escapeXml(`${d.label}: ${d.valueLabel}${d.annotation ? `, ${d.annotation}` : ''}`)}</title>`;
    svg += bar(d, left, barTop, band.bandwidth(), top + plotHeight - barTop);
    svg += `<text x="${round(center)}" y="${round(barTop - 6)}" font-size="${font.value}" font-weight="700" fill="${COLORS.ink}" text-anchor="middle">${escapeXml(d.valueLabel)}</text>`;
    const labels = wrapText(d.label, room, font.label, true);
    svg += textLines(labels, center, top + plotHeight + 4, font.label, { bold: true, anchor: 'middle' }).svg;
    const notes = d.annotation ? wrapText(d.annotation, room, font.small) : [];
    svg += textLines(notes, center, top + plotHeight + 4 + labels.length * lineHeight(font.label), font.small, {
      fill: COLORS.muted,
      anchor: 'middle',
    }).svg;
    below = Math.max(below, labels.length * lineHeight(font.label) + notes.length * lineHeight(font.small));
    svg += '</g>';
  }
  svg += `<line x1="${round(plotLeft)}" x2="${round(plotRight)}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="${COLORS.ink}"/>`;
  return { svg, height: top + plotHeight + below + 16 - y };
}
