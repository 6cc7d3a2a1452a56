import { h, s } from './dom.js';

/**
 * A bar chart of a timeline [{day, articles, mentions}] as SVG, one bar per point, the value
 * `key` as height, with the first, middle and last dates under it. Sized by its viewBox, so it
 * scales to its container.
 */
export function barChart(points, key = 'mentions', label = 'mentions') {
  if (points.length === 0) return h('p', { class: 'empty' }, 'Nothing to chart yet.');
  const W = 640;
  const H = 170;
  const pad = { top: 14, bottom: 26, left: 34, right: 8 };
  const max = Math.max(...points.map((p) => p[key]), 1);
  const step = (W - pad.left - pad.right) / points.length;
  const bar = Math.max(2, Math.min(36, step * 0.72));
  const y = (v) => pad.top + (H - pad.top - pad.bottom) * (1 - v / max);
  const ticks = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])];
  return s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `${label} over time` },
    [0, max / 2, max].map((v) => [
      s('line', { x1: pad.left, x2: W - pad.right, y1: y(v), y2: y(v), class: 'grid' }),
      s('text', { x: pad.left - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, Number.isInteger(v) ? String(v) : v.toFixed(1)),
    ]),
    points.map((p, i) => s('rect', { x: pad.left + i * step + (step - bar) / 2, y: y(p[key]), width: bar, height: H - pad.bottom - y(p[key]), rx: 2, class: 'bar' },
      s('title', null, `${p.day}: ${p[key]} ${label}, ${p.articles} article${p.articles === 1 ? '' : 's'}`))),
    ticks.map((i) => s('text', { x: pad.left + i * step + step / 2, y: H - 8, class: 'axis', 'text-anchor': 'middle' }, points[i].day)));
}

/** The unit that keeps a timeline readable: days for a few weeks, weeks for a few months, else months. */
export function unitFor(points) {
  if (points.length < 2) return 'day';
  const span = (Date.parse(points[points.length - 1].day) - Date.parse(points[0].day)) / 86_400_000;
  return span <= 45 ? 'day' : span <= 400 ? 'week' : 'month';
}

/**
 * Puts the empty periods back between the first and the last point (the API lists only periods
 * with data), so bars stand at their place in time. `key` names the period field, `zero` the
 * values of an empty one; at most 1,000 periods are drawn.
 */
export function fillGaps(points, unit, key, zero) {
  if (points.length < 2) return points;
  const byPeriod = new Map(points.map((p) => [p[key], p]));
  const last = points[points.length - 1][key];
  const out = [];
  const date = new Date(`${points[0][key]}T00:00:00Z`);
  while (out.length < 1000) {
    const period = date.toISOString().slice(0, 10);
    out.push(byPeriod.get(period) ?? { ...zero, [key]: period });
    if (period >= last) break;
    if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
    else date.setUTCDate(date.getUTCDate() + (unit === 'week' ? 7 : 1));
  }
  return out;
}
