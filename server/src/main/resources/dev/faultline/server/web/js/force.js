// A small force layout (a few hundred nodes at most): repulsion between every pair, springs along the
// edges, a pull of each bloc's members towards their bloc's centre and of everything towards the
// middle. Deterministic: the same graph lands in the same place, so that moving the time window
// does not reshuffle the picture.

/**
 * nodes: [{id, group, label}] (group: a bloc's index or null; label: its label's length in characters);
 * edges: [{a, b, strength}].
 * Answers Map id → {x, y} within a width × height box.
 */
export function layout(nodes, edges, width, height, previous = new Map(), iterations = 320) {
  const n = nodes.length;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const groups = [...new Set(nodes.map((d) => d.group).filter((g) => g !== null && g !== undefined))];
  const cx = width / 2;
  const cy = height / 2;
  const ring = Math.min(width, height) * 0.28;
  const groupCentre = new Map(groups.map((g, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, groups.length) - Math.PI / 2;
    return [g, groups.length > 1 ? [cx + ring * Math.cos(angle), cy + ring * Math.sin(angle)] : [cx, cy]];
  }));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  nodes.forEach((d, i) => {
    const old = previous.get(d.id);
    if (old) { x[i] = old.x; y[i] = old.y; return; }
    const [gx, gy] = groupCentre.get(d.group) || [cx, cy];
    const r = hash(d.id);
    x[i] = gx + (r % 1000) / 1000 * 160 - 80;
    y[i] = gy + (Math.floor(r / 1000) % 1000) / 1000 * 160 - 80;
  });
  const links = edges.map((e) => [index.get(e.a), index.get(e.b), e.strength ?? 1]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.5;
  let t = k;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    // repulsion falls with the square of the distance: near nodes part, far ones hardly feel it
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = x[i] - x[j];
        let ddy = y[i] - y[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) { ddx = (i - j) * 0.1 || 0.1; ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
        const d = Math.sqrt(d2);
        const f = (k * k * k) / (d2 * d);
        dx[i] += ddx * f; dy[i] += ddy * f;
        dx[j] -= ddx * f; dy[j] -= ddy * f;
      }
    }
    for (const [a, b, s] of links) {
      const ddx = x[a] - x[b];
      const ddy = y[a] - y[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = ((d - k) / d) * 0.5 * s;
      dx[a] -= ddx * f; dy[a] -= ddy * f;
      dx[b] += ddx * f; dy[b] += ddy * f;
    }
    nodes.forEach((d, i) => {
      const centre = groupCentre.get(d.group);
      dx[i] += (cx - x[i]) * 0.06;
      dy[i] += (cy - y[i]) * 0.06;
      if (centre) {
        dx[i] += (centre[0] - x[i]) * 0.12;
        dy[i] += (centre[1] - y[i]) * 0.12;
      }
    });
    for (let i = 0; i < n; i++) {
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(d, t);
      x[i] += (dx[i] / d) * step;
      y[i] += (dy[i] / d) * step;
    }
    t = Math.max(1, t * 0.98);
  }
  return declutter(nodes, fit(nodes, x, y, width, height));
}

/**
 * Moves nodes apart, up or down, where their labels (to the right of the node, `label` pixels
 * wide) would overlap: a few passes are enough for a few hundred nodes.
 */
function declutter(nodes, pos) {
  const boxes = nodes.map((d) => ({p: pos.get(d.id), w: 14 + (d.label || 8) * 6.3}));
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const ox = Math.min(a.p.x + a.w, b.p.x + b.w) - Math.max(a.p.x - 8, b.p.x - 8);
        const oy = 16 - Math.abs(a.p.y - b.p.y);
        if (ox > 0 && oy > 0) {
          const push = oy / 2 + 0.5;
          if (a.p.y <= b.p.y) { a.p.y -= push; b.p.y += push; } else { a.p.y += push; b.p.y -= push; }
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return pos;
}

/** Scales the layout into the box, leaving room for the labels on the right. */
function fit(nodes, x, y, width, height) {
  const n = nodes.length;
  if (n === 0) return new Map();
  let x0 = Infinity; let x1 = -Infinity; let y0 = Infinity; let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, x[i]); x1 = Math.max(x1, x[i]);
    y0 = Math.min(y0, y[i]); y1 = Math.max(y1, y[i]);
  }
  const left = 40; const right = 150; const top = 40; const bottom = 30;
  const sx = (width - left - right) / Math.max(1, x1 - x0);
  const sy = (height - top - bottom) / Math.max(1, y1 - y0);
  const sc = Math.min(sx, sy, 1.6);
  const ox = left + (width - left - right - (x1 - x0) * sc) / 2;
  const oy = top + (height - top - bottom - (y1 - y0) * sc) / 2;
  return new Map(nodes.map((d, i) => [d.id, {x: ox + (x[i] - x0) * sc, y: oy + (y[i] - y0) * sc}]));
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The convex hull of points [[x, y]…] (Andrew's monotone chain). */
export function hull(points) {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper = [];
  for (const q of p.reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}
