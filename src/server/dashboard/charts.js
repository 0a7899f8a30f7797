// Inline SVG charts for the dashboard: built with DOM calls (no innerHTML), no library.
const NS = "http://www.w3.org/2000/svg";

function el(name, attrs) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function points(values, width, height, pad) {
  const max = Math.max(...values, 1);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return values
    .map((v, i) => `${(pad + i * step).toFixed(1)},${(height - pad - (v / max) * (height - 2 * pad)).toFixed(1)}`)
    .join(" ");
}

/** A small line of `values` (oldest first), labelled for screen readers. */
export function sparkline(values, label) {
  const width = 90;
  const height = 22;
  const svg = el("svg", { class: "spark", width, height, viewBox: `0 0 ${width} ${height}`, role: "img" });
  svg.setAttribute("aria-label", label);
  const series = values.length === 1 ? [values[0], values[0]] : values;
  svg.append(el("polyline", { points: points(series, width, height, 2) }));
  return svg;
}

/** A line chart of `series` ({label, value}) with its first and last labels on the x axis. */
export function trendChart(series, label) {
  const width = 560;
  const height = 140;
  const pad = 18;
  const svg = el("svg", { class: "trend", viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img" });
  svg.setAttribute("aria-label", label);
  svg.append(el("line", { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad }));
  if (series.length === 0) return svg;
  const values = series.map((p) => p.value);
  const data = values.length === 1 ? [values[0], values[0]] : values;
  svg.append(el("polyline", { points: points(data, width, height, pad) }));
  const first = el("text", { x: pad, y: height - 4 });
  first.textContent = series[0].label;
  const last = el("text", { x: width - pad, y: height - 4, "text-anchor": "end" });
  last.textContent = series[series.length - 1].label;
  const top = el("text", { x: pad, y: 12 });
  top.textContent = `max ${Math.max(...values).toFixed(2)}`;
  svg.append(first, last, top);
  return svg;
}
