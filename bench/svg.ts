/**
 * A small, dependency-free SVG bar-chart generator for bench/REPORT.md: pure functions from data
 * to an SVG string. Horizontal bars, one row per label, one bar per series in each row; linear or
 * logarithmic axis; optional vertical reference lines (baselines) and a target marker per row.
 * The output is a standalone SVG 1.1 document with a viewBox, a white background (readable on dark
 * pages too), system fonts only, no script and no external resource.
 */

/** Escapes text for XML character data and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface BarSeries {
  name: string;
  color: string;
}

export interface BarRow {
  label: string;
  /** A heading drawn above the first row of each run of rows with the same group. */
  group?: string;
  /** One value per series; null draws no bar. */
  values: (number | null)[];
  /** Drawn in place of the bars when every value is null (e.g. "skipped: no data"). */
  note?: string;
  /** A marker drawn across the row at this value. */
  target?: number;
  /** Overrides the series colours for this row, one per series (e.g. greys for a baseline). */
  colors?: string[];
  /** Text after the value (e.g. "FAIL"), so that colour is not the only carrier of the status. */
  suffix?: string;
}

export type Scale = { type: 'linear'; min?: number; max?: number } | { type: 'log' };

export interface RefLine {
  value: number;
  label: string;
  color?: string;
}

export interface LegendItem {
  label: string;
  color: string;
  /** 'bar' (a filled square, the default), 'line' (a dashed line) or 'marker' (a target tick). */
  kind?: 'bar' | 'line' | 'marker';
}

export interface BarChartSpec {
  title: string;
  subtitle?: string;
  /** The axis title, under the tick labels. */
  axisLabel?: string;
  scale: Scale;
  series: BarSeries[];
  rows: BarRow[];
  refLines?: RefLine[];
  /** Formats a value at the end of its bar; default fmtNumber. */
  format?: (v: number) => string;
  /** Formats the axis ticks; default fmtTick. */
  tickFormat?: (v: number) => string;
  /** Legend entries beside the series (reference lines and the target marker add their own). */
  legend?: LegendItem[];
  width?: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FONT_SIZE = 12;
/** Average advance of a character at 12 px in a sans-serif font, for layout estimates. */
const CHAR_W = 6.6;
const BAR_H = 14;
const ROW_GAP = 8;
const GROUP_H = 22;

/** A number with 3 significant figures or fewer, thousands grouped: 1,235 / 123 / 12.3 / 1.23 / 0.123. */
export function fmtNumber(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(Number(x.toPrecision(3))); // 9.9996 is written as 10.0, not 10.00
  const s = a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : a === 0 ? '0' : x.toPrecision(2);
  const [int, frac] = s.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** An axis tick: as short as it can be (0.1, 1, 2.5, 10, 1,000). */
export function fmtTick(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const s = String(Number(x.toPrecision(6)));
  if (/e/.test(s)) return s;
  const [int, frac] = s.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Rounds a coordinate to 0.1 px, so that the output is short and stable. */
const r1 = (x: number): string => String(Math.round(x * 10) / 10);

/** A "nice" upper bound ≥ x: 1, 2, 2.5 or 5 × 10^k. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

interface Axis {
  /** Value → x offset from the plot's left edge, in [0, width]. */
  x: (v: number) => number;
  ticks: number[];
  min: number;
}

function linearAxis(min: number, max: number, width: number): Axis {
  const span = max - min || 1;
  const step = niceCeil(span / 5);
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Math.round(t / step) * step);
  return { x: (v) => ((Math.min(Math.max(v, min), max) - min) / span) * width, ticks, min };
}

function logAxis(values: number[], width: number): Axis {
  const pos = values.filter((v) => v > 0 && Number.isFinite(v));
  const lo = pos.length ? 10 ** Math.floor(Math.log10(Math.min(...pos))) : 1;
  let hi = pos.length ? 10 ** Math.ceil(Math.log10(Math.max(...pos))) : 10;
  if (hi <= lo) hi = lo * 10;
  const decades = Math.round(Math.log10(hi / lo));
  const ticks: number[] = [];
  for (let d = 0; d <= decades; d++) {
    const base = lo * 10 ** d;
    ticks.push(base);
    if (decades <= 2 && d < decades) ticks.push(base * 2, base * 5);
  }
  const l0 = Math.log10(lo), span = Math.log10(hi) - l0;
  return { x: (v) => (v > 0 ? ((Math.min(Math.max(Math.log10(v), l0), l0 + span) - l0) / span) * width : 0), ticks, min: lo };
}

const estimateWidth = (s: string, size = FONT_SIZE): number => s.length * CHAR_W * (size / FONT_SIZE);

/** Cuts `s` to about `px` pixels, with an ellipsis. */
function clip(s: string, px: number): string {
  const n = Math.max(4, Math.floor(px / CHAR_W));
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ' ' + attrs : ''}>${escapeXml(s)}</text>`;
}

/** A horizontal bar chart as a standalone SVG document. */
export function barChart(spec: BarChartSpec): string {
  const fmt = spec.format ?? fmtNumber;
  const tickFmt = spec.tickFormat ?? fmtTick;
  const W = spec.width ?? 760;
  const nSeries = Math.max(1, spec.series.length);
  const labelW = Math.min(300, Math.max(80, ...spec.rows.map((r) => estimateWidth(r.label))) + 12);
  const valueTexts = spec.rows.flatMap((r) => r.values.map((v) => (v === null ? '' : fmt(v) + (r.suffix ? ` ${r.suffix}` : ''))));
  const valueW = Math.max(40, ...valueTexts.map((t) => estimateWidth(t))) + 10;
  const left = 12 + labelW;
  const plotW = Math.max(120, W - left - valueW - 12);

  // Legend entries: the series, then the caller's, then the reference lines and the target.
  const legend: LegendItem[] = [
    ...(spec.series.length > 1 ? spec.series.map((s) => ({ label: s.name, color: s.color })) : []),
    ...(spec.legend ?? []),
    ...(spec.refLines ?? []).map((l) => ({ label: l.label, color: l.color ?? '#555', kind: 'line' as const })),
    ...(spec.rows.some((r) => r.target !== undefined) ? [{ label: 'target', color: '#111', kind: 'marker' as const }] : []),
  ];
  // Lay the legend out in lines that fit the width.
  const legendLines: { item: LegendItem; x: number }[][] = [];
  let lineItems: { item: LegendItem; x: number }[] = [];
  let lx = 12;
  for (const item of legend) {
    const w = 22 + estimateWidth(item.label) + 16;
    if (lx + w > W - 12 && lineItems.length) {
      legendLines.push(lineItems);
      lineItems = [];
      lx = 12;
    }
    lineItems.push({ item, x: lx });
    lx += w;
  }
  if (lineItems.length) legendLines.push(lineItems);

  let y = 24;
  const head: string[] = [text(12, y, spec.title, 'class="title" font-size="15" font-weight="600"')];
  if (spec.subtitle) {
    y += 18;
    head.push(text(12, y, clip(spec.subtitle, W - 24), 'class="subtitle" fill="#555"'));
  }
  for (const line of legendLines) {
    y += 20;
    for (const { item, x } of line) {
      const cy = y - 4;
      if (item.kind === 'line') head.push(`<line x1="${r1(x)}" y1="${r1(cy)}" x2="${r1(x + 16)}" y2="${r1(cy)}" stroke="${escapeXml(item.color)}" stroke-width="2" stroke-dasharray="4 3"/>`);
      else if (item.kind === 'marker') head.push(`<rect x="${r1(x + 7)}" y="${r1(cy - 7)}" width="2.5" height="14" fill="${escapeXml(item.color)}"/>`);
      else head.push(`<rect x="${r1(x)}" y="${r1(cy - 6)}" width="16" height="12" rx="2" fill="${escapeXml(item.color)}"/>`);
      head.push(text(x + 22, y, item.label, 'class="legend"'));
    }
  }
  const plotTop = y + 16;

  // Rows.
  const rowH = nSeries * BAR_H + ROW_GAP;
  const rowsY: number[] = [];
  const groupsY: { label: string; y: number }[] = [];
  let cy = plotTop;
  let lastGroup: string | undefined;
  for (const row of spec.rows) {
    if (row.group !== undefined && row.group !== lastGroup) {
      groupsY.push({ label: row.group, y: cy + 15 });
      cy += GROUP_H;
    }
    lastGroup = row.group;
    rowsY.push(cy);
    cy += rowH;
  }
  const plotBottom = cy;
  const H = plotBottom + 30 + (spec.axisLabel ? 18 : 0) + 8;

  const all = [...spec.rows.flatMap((r) => [...r.values, r.target ?? null]), ...(spec.refLines ?? []).map((l) => l.value)]
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const axis = spec.scale.type === 'log'
    ? logAxis(all, plotW)
    : linearAxis(spec.scale.min ?? 0, spec.scale.max ?? niceCeil(Math.max(0, ...all)), plotW);
  const X = (v: number) => left + axis.x(v);

  const body: string[] = [];
  // Grid and ticks.
  for (const t of axis.ticks) {
    const x = X(t);
    body.push(`<line class="grid" x1="${r1(x)}" y1="${r1(plotTop - 4)}" x2="${r1(x)}" y2="${r1(plotBottom)}" stroke="#e3e3e3" stroke-width="1"/>`);
    body.push(text(x, plotBottom + 16, tickFmt(t), 'class="tick" text-anchor="middle" fill="#444"'));
  }
  body.push(`<line x1="${r1(left)}" y1="${r1(plotTop - 4)}" x2="${r1(left)}" y2="${r1(plotBottom)}" stroke="#888" stroke-width="1"/>`);
  if (spec.axisLabel) body.push(text(left + plotW / 2, plotBottom + 34, spec.axisLabel, 'class="axis-label" text-anchor="middle" fill="#444"'));
  for (const g of groupsY) body.push(text(12, g.y, g.label, 'class="group" font-weight="600"'));

  spec.rows.forEach((row, i) => {
    const top = rowsY[i]!;
    const mid = top + (nSeries * BAR_H) / 2;
    body.push(text(left - 8, mid + 4, clip(row.label, labelW - 8), 'class="label" text-anchor="end"'));
    if (row.values.every((v) => v === null || !Number.isFinite(v))) {
      body.push(text(left + 6, mid + 4, clip(row.note ?? 'no data', plotW + valueW - 6), 'class="note" fill="#777" font-style="italic"'));
      return;
    }
    // Value labels start after the bar, or after the target marker when it lies just beyond the bar.
    const targetX = row.target !== undefined && Number.isFinite(row.target) ? axis.x(row.target) : -Infinity;
    row.values.forEach((v, s) => {
      if (v === null || !Number.isFinite(v)) return;
      const by = top + s * BAR_H + 1;
      const w = Math.max(axis.x(v), 1);
      const color = row.colors?.[s] ?? spec.series[s]?.color ?? '#4c78a8';
      const value = fmt(v) + (row.suffix ? ` ${row.suffix}` : '');
      body.push(`<rect class="bar" x="${r1(left)}" y="${r1(by)}" width="${r1(w)}" height="${BAR_H - 2}" fill="${escapeXml(color)}"><title>${escapeXml(`${row.label}${spec.series[s] && nSeries > 1 ? ` (${spec.series[s]!.name})` : ''}: ${value}`)}</title></rect>`);
      const labelX = targetX > w - 2 && targetX < w + 6 + estimateWidth(value) ? targetX + 4 : w + 4;
      body.push(text(left + labelX, by + BAR_H - 3, value, 'class="value" fill="#222"'));
    });
    if (row.target !== undefined && Number.isFinite(row.target)) {
      const tx = X(row.target);
      body.push(`<rect class="target" x="${r1(tx - 1.25)}" y="${r1(top - 2)}" width="2.5" height="${r1(nSeries * BAR_H + 2)}" fill="#111"><title>${escapeXml(`target ${fmt(row.target)}`)}</title></rect>`);
    }
  });
  for (const l of spec.refLines ?? []) {
    if (!Number.isFinite(l.value)) continue;
    const x = X(l.value);
    body.push(`<line class="ref" x1="${r1(x)}" y1="${r1(plotTop - 4)}" x2="${r1(x)}" y2="${r1(plotBottom)}" stroke="${escapeXml(l.color ?? '#555')}" stroke-width="1.5" stroke-dasharray="4 3"><title>${escapeXml(`${l.label}: ${fmt(l.value)}`)}</title></line>`);
  }

  const desc = `${spec.title}. ${spec.rows.map((r) => `${r.label}: ${r.values.every((v) => v === null) ? r.note ?? 'no data' : r.values.map((v) => (v === null ? '–' : fmt(v))).join(' / ')}`).join('; ')}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${r1(H)}" viewBox="0 0 ${W} ${r1(H)}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(FONT)}" font-size="${FONT_SIZE}">`,
    `<title id="chart-title">${escapeXml(spec.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...head,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
