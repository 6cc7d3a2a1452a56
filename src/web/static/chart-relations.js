import { h, s } from './dom.js';

/** GDELT's QuadClass names, in the order the stacked bars draw them (cooperation at the bottom). */
export const QUADS = [
  { n: 1, label: 'Verbal cooperation', cls: 'q1' },
  { n: 2, label: 'Material cooperation', cls: 'q2' },
  { n: 3, label: 'Verbal conflict', cls: 'q3' },
  { n: 4, label: 'Material conflict', cls: 'q4' },
];

/**
 * The relation of two actors over time: per period, events stacked by QuadClass (bars, left axis)
 * and the mean Goldstein score (line and dots, right axis, −10 conflict to +10 cooperation).
 * `points` are [{period, quad1..quad4, events, goldstein}] oldest first.
 */
export function relationsChart(points) {
  if (points.length === 0) return h('p', { class: 'empty' }, 'No events between them yet.');
  const W = 760;
  const H = 260;
  const pad = { top: 16, bottom: 30, left: 36, right: 40 };
  const inner = H - pad.top - pad.bottom;
  const max = Math.max(1, ...points.map((p) => p.events));
  const step = (W - pad.left - pad.right) / points.length;
  const bar = Math.max(3, Math.min(40, step * 0.7));
  const y = (v) => pad.top + inner * (1 - v / max);
  const g = (v) => pad.top + inner * (1 - (v + 10) / 20);
  const x = (i) => pad.left + i * step + step / 2;
  const line = points.map((p, i) => (p.goldstein === null ? null : `${x(i)},${g(p.goldstein)}`)).filter(Boolean);
  const ticks = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])];
  return h('div', { class: 'relations-chart' },
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'events by QuadClass and mean Goldstein score over time' },
      [0, max / 2, max].map((v) => [
        s('line', { x1: pad.left, x2: W - pad.right, y1: y(v), y2: y(v), class: 'grid' }),
        s('text', { x: pad.left - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, Number.isInteger(v) ? String(v) : v.toFixed(1)),
      ]),
      [-10, 0, 10].map((v) => s('text', { x: W - pad.right + 6, y: g(v) + 4, class: 'axis gold' }, v > 0 ? `+${v}` : String(v))),
      s('line', { x1: pad.left, x2: W - pad.right, y1: g(0), y2: g(0), class: 'zero' }),
      points.map((p, i) => {
        let base = 0;
        return QUADS.map((q) => {
          const n = p[`quad${q.n}`];
          if (!n) return null;
          const rect = s('rect', { x: x(i) - bar / 2, y: y(base + n), width: bar, height: y(base) - y(base + n), class: `bar ${q.cls}` },
            s('title', null, `${p.period}: ${n} ${q.label.toLowerCase()}`));
          base += n;
          return rect;
        });
      }),
      line.length > 1 ? s('polyline', { points: line.join(' '), class: 'goldstein' }) : null,
      points.map((p, i) => (p.goldstein === null ? null : s('circle', { cx: x(i), cy: g(p.goldstein), r: 3.5, class: 'goldstein-dot' },
        s('title', null, `${p.period}: mean Goldstein ${p.goldstein.toFixed(1)} over ${p.events} events`)))),
      ticks.map((i) => s('text', { x: x(i), y: H - 8, class: 'axis', 'text-anchor': 'middle' }, points[i].period))),
    h('p', { class: 'chart-legend' },
      QUADS.map((q) => h('span', { class: `key ${q.cls}` }, q.label)),
      h('span', { class: 'key goldstein' }, 'Mean Goldstein (right axis)')));
}
