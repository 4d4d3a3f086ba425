/**
 * Draw a chart as a standalone SVG string at build time (no DOM needed):
 * title, subtitle, plot, source line, notes and credit are all inside the
 * image, so a chart pasted into a bulletin still says what it is and where
 * it came from. d3 computes scales and ticks; the geometry is plain SVG.
 */
import { scaleBand, scaleLinear } from 'd3';
import { formatNumber } from '../numbers/format.ts';
import type { ChartModel } from './model.ts';
import { escapeXml, textWidth, wrapText } from './text.ts';

export const CHART_WIDTH = 720;
const PAD = 20;
const FONT = "'Be Vietnam Pro', 'Noto Sans', sans-serif";
/** Okabe–Ito blue and vermilion: distinguishable with colour-blindness, ≥ 4.5:1 on white. */
export const COLORS = { bar: '#0b62a4', target: '#a63d00', ink: '#1b1f24', muted: '#4a5563', grid: '#d5dbe3', paper: '#ffffff' } as const;

interface Block {
  svg: string;
  height: number;
}

function textLines(
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
        `<text x="${x}" y="${y + size + i * lineHeight}" font-size="${size}"${options.bold ? ' font-weight="700"' : ''} fill="${options.fill ?? COLORS.ink}"${options.anchor ? ` text-anchor="${options.anchor}"` : ''}>${escapeXml(line)}</text>`,
    )
    .join('');
  return { svg, height: lines.length ? lines.length * lineHeight : 0 };
}

function header(model: ChartModel, y: number): Block {
  const inner = CHART_WIDTH - 2 * PAD;
  const title = textLines(wrapText(model.title, inner, 20, true), PAD, y, 20, { bold: true });
  const subtitle = textLines(wrapText(model.subtitle, inner, 14), PAD, y + title.height + 4, 14, { fill: COLORS.muted });
  return { svg: title.svg + subtitle.svg, height: title.height + 4 + subtitle.height + 12 };
}

function footer(model: ChartModel, y: number): Block {
  const inner = CHART_WIDTH - 2 * PAD;
  let svg = `<line x1="${PAD}" x2="${CHART_WIDTH - PAD}" y1="${y}" y2="${y}" stroke="${COLORS.grid}"/>`;
  let height = 10;
  const add = (text: string, size: number, fill: string = COLORS.muted, bold = false) => {
    const block = textLines(wrapText(text, inner, size, bold), PAD, y + height, size, { fill, bold });
    svg += block.svg;
    height += block.height + 4;
  };
  add(`Nguồn: ${model.sources.join('; ')}.`, 12);
  for (const note of model.notes) add(`Ghi chú: ${note}`, 12);
  add(model.credit, 12, COLORS.ink, true);
  return { svg, height: height + 8 };
}

function horizontalBars(model: ChartModel, y: number): Block {
  const labelWidth = 230;
  const valueRoom = Math.max(...model.data.map((d) => textWidth(d.valueLabel, 13, true))) + 12;
  const plotLeft = PAD + labelWidth;
  const plotRight = CHART_WIDTH - PAD - valueRoom;
  const max = Math.max(...model.data.flatMap((d) => [d.value, d.target ?? 0]));
  const x = scaleLinear().domain([0, max]).nice(4).range([plotLeft, plotRight]);
  const rows = model.data.map((d) => {
    const label = wrapText(d.label, labelWidth - 12, 13, true);
    const sub = d.sublabel ? wrapText(d.sublabel, labelWidth - 12, 12) : [];
    const annotation = d.annotation ? wrapText(d.annotation, plotRight - plotLeft, 12) : [];
    const height = Math.max(34, label.length * 18 + sub.length * 16 + 8, 26 + annotation.length * 16 + 6);
    return { d, label, sub, annotation, height };
  });
  let svg = '';
  let top = y + 4;
  const ticks = x.ticks(4);
  const plotTop = top;
  for (const row of rows) {
    const { d } = row;
    const barY = top + 4;
    const barHeight = 20;
    svg += `<g class="mark"><title>${escapeXml(`${d.label}${d.sublabel ? ` (${d.sublabel})` : ''}: ${d.valueLabel}`)}</title>`;
    svg += textLines(row.label, PAD, top, 13, { bold: true }).svg;
    svg += textLines(row.sub, PAD, top + row.label.length * 18, 12, { fill: COLORS.muted }).svg;
    svg += `<rect x="${plotLeft}" y="${barY}" width="${Math.max(1, x(d.value) - plotLeft).toFixed(1)}" height="${barHeight}" fill="${COLORS.bar}"/>`;
    if (d.target !== undefined) {
      const tx = x(d.target).toFixed(1);
      svg += `<line x1="${tx}" x2="${tx}" y1="${barY - 5}" y2="${barY + barHeight + 5}" stroke="${COLORS.target}" stroke-width="3"/>`;
    }
    const valueX = Math.max(x(d.value), d.target !== undefined ? x(d.target) : 0) + 6;
    svg += `<text x="${valueX.toFixed(1)}" y="${barY + 15}" font-size="13" font-weight="700" fill="${COLORS.ink}">${escapeXml(d.valueLabel)}</text>`;
    svg += textLines(row.annotation, plotLeft, barY + barHeight + 2, 12, { fill: COLORS.muted }).svg;
    svg += '</g>';
    top += row.height;
  }
  const axisY = top + 4;
  let axis = ticks
    .map(
      (t) =>
        `<line x1="${x(t)}" x2="${x(t)}" y1="${plotTop}" y2="${axisY}" stroke="${COLORS.grid}"/><text x="${x(t)}" y="${axisY + 16}" font-size="12" fill="${COLORS.muted}" text-anchor="middle">${escapeXml(formatNumber(t, 'axis', model.unit))}</text>`,
    )
    .join('');
  axis += `<text x="${plotRight}" y="${axisY + 34}" font-size="12" fill="${COLORS.muted}" text-anchor="end">${escapeXml(model.valueLabel)}</text>`;
  return { svg: axis + svg, height: axisY + 42 - y };
}

function columns(model: ChartModel, y: number): Block {
  const plotHeight = 220;
  const plotLeft = PAD + 56;
  const plotRight = CHART_WIDTH - PAD;
  const x = scaleBand<string>()
    .domain(model.data.map((d) => d.observationId))
    .range([plotLeft, plotRight])
    .padding(0.3);
  const max = Math.max(...model.data.map((d) => d.value));
  const top = y + 24;
  const yScale = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([top + plotHeight, top]);
  let svg = yScale
    .ticks(4)
    .map(
      (t) =>
        `<line x1="${plotLeft}" x2="${plotRight}" y1="${yScale(t)}" y2="${yScale(t)}" stroke="${COLORS.grid}"/><text x="${plotLeft - 6}" y="${yScale(t) + 4}" font-size="12" fill="${COLORS.muted}" text-anchor="end">${escapeXml(formatNumber(t, 'axis', model.unit))}</text>`,
    )
    .join('');
  svg += `<text x="${PAD}" y="${y + 12}" font-size="12" fill="${COLORS.muted}">${escapeXml(model.valueLabel)}</text>`;
  let annotationLines = 0;
  for (const d of model.data) {
    const left = x(d.observationId)!;
    const width = x.bandwidth();
    const center = left + width / 2;
    const barTop = yScale(d.value);
    svg += `<g class="mark"><title>${escapeXml(`${d.label}: ${d.valueLabel}${d.annotation ? `, ${d.annotation}` : ''}`)}</title>`;
    svg += `<rect x="${left.toFixed(1)}" y="${barTop.toFixed(1)}" width="${width.toFixed(1)}" height="${(top + plotHeight - barTop).toFixed(1)}" fill="${COLORS.bar}"/>`;
    svg += `<text x="${center.toFixed(1)}" y="${(barTop - 6).toFixed(1)}" font-size="13" font-weight="700" fill="${COLORS.ink}" text-anchor="middle">${escapeXml(d.valueLabel)}</text>`;
    const labels = wrapText(d.label, width + 20, 13, true);
    svg += textLines(labels, center, top + plotHeight + 4, 13, { bold: true, anchor: 'middle' }).svg;
    const notes = d.annotation ? wrapText(d.annotation, width + 20, 12) : [];
    svg += textLines(notes, center, top + plotHeight + 4 + labels.length * 18, 12, { fill: COLORS.muted, anchor: 'middle' }).svg;
    annotationLines = Math.max(annotationLines, labels.length * 18 + notes.length * 16);
    svg += '</g>';
  }
  svg += `<line x1="${plotLeft}" x2="${plotRight}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="${COLORS.ink}"/>`;
  return { svg, height: top + plotHeight + annotationLines + 16 - y };
}

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

/** The whole chart as SVG: role="img" with title and description for screen readers. */
export function renderChart(model: ChartModel, description: string): RenderedChart {
  const head = header(model, PAD);
  const plot = model.kind === 'time-series' ? columns(model, PAD + head.height) : horizontalBars(model, PAD + head.height);
  const foot = footer(model, PAD + head.height + plot.height + 8);
  const height = Math.ceil(PAD + head.height + plot.height + 8 + foot.height);
  const titleId = `${model.id}-tieu-de`;
  const descId = `${model.id}-mo-ta`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${FONT}" class="chart">` +
    `<title id="${titleId}">${escapeXml(model.title)}</title><desc id="${descId}">${escapeXml(description)}</desc>` +
    `<rect width="100%" height="100%" fill="${COLORS.paper}"/>` +
    head.svg +
    plot.svg +
    foot.svg +
    '</svg>';
  return { svg, width: CHART_WIDTH, height };
}
