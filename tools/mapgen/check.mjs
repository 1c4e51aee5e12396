// Checks the generated map geometry (core/src/geometry_data.rs):
// - it is up to date and deterministic: building twice gives the committed bytes;
// - every region of data/regions.toml has a shape and every shape a region; the same for data/railways.toml's
//   railways, each drawn through every one of its stations;
// - no two regions overlap (shared borders are shared arcs);
// - the islands are there, each in its own region (Shumshu ... Habomai, Moneron, Rishiri, Rebun ...).
// Exit status 1 with a clear message on any failure. Run: npm --prefix tools/mapgen run check
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import polygonClipping from 'polygon-clipping';
import { parse as parseToml } from 'smol-toml';
import { ISLAND_CHECKS } from './regions.mjs';
import { project } from './projection.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const GENERATED = path.join(ROOT, 'core/src/geometry_data.rs');
const failures = [];
const fail = (m) => failures.push(m);

// 1. Deterministic and up to date.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mapgen-'));
for (const n of [1, 2]) execFileSync('node', [path.join(HERE, 'build.mjs'), path.join(tmp, `g${n}.rs`)], { stdio: 'ignore' });
const [g1, g2] = [1, 2].map((n) => fs.readFileSync(path.join(tmp, `g${n}.rs`), 'utf8'));
const committed = fs.readFileSync(GENERATED, 'utf8');
if (g1 !== g2) fail('the generator is not deterministic: two runs differ');
if (g1 !== committed) fail('core/src/geometry_data.rs is out of date: run `node tools/mapgen/build.mjs` and commit it');

// 2. Regions in the data <-> shapes.
const toml = fs.readFileSync(path.join(ROOT, 'data/regions.toml'), 'utf8');
const dataIds = [...toml.matchAll(/\[\[region\]\]\s*\nid = "([^"]+)"/g)].map((m) => m[1]);
// The regions (id, label, area) and, in the same order, their path data (REGION_PATHS).
const shapeIds = [...committed.matchAll(/RegionShape \{ id: "([^"]+)", label: \[[^\]]+\], area_km2: [^ ]+ \}/g)].map((m) => m[1]);
const pathBlock = committed.match(/pub const REGION_PATHS: &\[&str\] = &\[([\s\S]*?)\n\];/);
if (!pathBlock) fail('core/src/geometry_data.rs has no REGION_PATHS');
const paths = [...pathBlock[1].matchAll(/^\s*"([^"]*)",$/gm)].map((m) => m[1]);
if (paths.length !== shapeIds.length) fail(`${shapeIds.length} regions but ${paths.length} region paths`);
const shapes = shapeIds.map((id, i) => ({ id, d: paths[i] }));
for (const id of dataIds) if (!shapes.some((s) => s.id === id)) fail(`region \`${id}\` (data/regions.toml) has no shape`);
for (const s of shapes) if (!dataIds.includes(s.id)) fail(`shape \`${s.id}\` has no region in data/regions.toml`);

// 2b. Railways in the data <-> railway shapes; every station lies on its drawn line (within 0.2 unit).
const railwayData = parseToml(fs.readFileSync(path.join(ROOT, 'data/railways.toml'), 'utf8'));
const railwayShapes = [...committed.matchAll(/RailwayShape \{ id: "([^"]+)", d: "([^"]*)" \}/g)].map((m) => ({ id: m[1], d: m[2] }));
for (const r of railwayData.railway || []) {
  const shape = railwayShapes.find((s) => s.id === r.id);
  if (!shape) {
    fail(`railway \`${r.id}\` (data/railways.toml) has no shape`);
    continue;
  }
  const vertices = [...shape.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  for (const st of r.stations || []) {
    const [x, y] = project(st.lon, st.lat);
    if (!vertices.some(([vx, vy]) => Math.hypot(vx - x, vy - y) < 0.2)) fail(`railway \`${r.id}\`: station ${st.id} is not on its line`);
  }
}
for (const s of railwayShapes) {
  if (!(railwayData.railway || []).some((r) => r.id === s.id)) fail(`railway shape \`${s.id}\` has no railway in data/railways.toml`);
}

// Parse our path dialect: M x y l dx dy dx dy ... z (absolute start, relative steps).
function parsePath(d) {
  const polys = [];
  for (const part of d.split('M').filter(Boolean)) {
    const [start, rest = ''] = part.split('l');
    const [x0, y0] = start.trim().split(/\s+/).map(Number);
    const nums = (rest.replace('z', '').match(/-?\d+(\.\d+)?/g) || []).map(Number);
    const ring = [[x0, y0]];
    let [x, y] = [x0, y0];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x = Math.round((x + nums[i]) * 10) / 10;
      y = Math.round((y + nums[i + 1]) * 10) / 10;
      ring.push([x, y]);
    }
    ring.push([x0, y0]);
    polys.push([ring]);
  }
  return polys;
}
const area = (ring) => Math.abs(ring.reduce((s, p, i) => (i ? s + ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1] : s), 0) / 2);
const mpArea = (mp) => mp.reduce((s, poly) => s + area(poly[0]) - poly.slice(1).reduce((a, h) => a + area(h), 0), 0);
const bbox = (mp) => {
  const pts = mp.flatMap((p) => p[0]);
  return [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))];
};
const geoms = shapes.map((s) => ({ id: s.id, mp: parsePath(s.d) }));
for (const g of geoms) g.box = bbox(g.mp);

// 3. No overlaps. The polygons hold even-odd rings (holes are separate rings in the same path), so compare
// union-normalised shapes. Tolerance: 1 unit² (~16 km²) of numerical slivers in total per pair.
let maxOverlap = 0;
let maxPair = '';
for (let i = 0; i < geoms.length; i++) {
  for (let j = i + 1; j < geoms.length; j++) {
    const [a, b] = [geoms[i], geoms[j]];
    if (a.box[2] < b.box[0] || b.box[2] < a.box[0] || a.box[3] < b.box[1] || b.box[3] < a.box[1]) continue;
    let inter = 0;
    try {
      inter = mpArea(polygonClipping.intersection(polygonClipping.xor(...a.mp.map((p) => [p])), polygonClipping.xor(...b.mp.map((p) => [p]))));
    } catch (e) {
      fail(`could not intersect ${a.id} and ${b.id}: ${e.message}`);
    }
    if (inter > maxOverlap) {
      maxOverlap = inter;
      maxPair = `${a.id} / ${b.id}`;
    }
    // Rounding to 0.1 unit leaves hairline slivers along long shared borders (area spread over a long length):
    // what matters is their width. Fail on any overlap wider than 0.1 unit (~400 m) or larger than 5 units².
    if (inter > 0) {
      const pieces = polygonClipping.intersection(polygonClipping.xor(...a.mp.map((p) => [p])), polygonClipping.xor(...b.mp.map((p) => [p])));
      for (const poly of pieces) {
        const ring = poly[0];
        const perimeter = ring.reduce((s, p, k) => (k ? s + Math.hypot(p[0] - ring[k - 1][0], p[1] - ring[k - 1][1]) : s), 0);
        const width = (2 * area(ring)) / Math.max(perimeter, 1e-9);
        if (width > 0.1 || area(ring) > 5) {
          fail(`regions ${a.id} and ${b.id} overlap: ${area(ring).toFixed(2)} units², ${width.toFixed(3)} units wide near ${ring[0].map((v) => v.toFixed(1)).join(',')}`);
        }
      }
    }
  }
}

// 4. Islands and cities in the right region.
function inside([x, y], mp) {
  let n = 0;
  for (const poly of mp) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) n++;
      }
    }
  }
  return n % 2 === 1;
}
const NEAR = 1.5; // units (~6 km): simplification may move a coast slightly
for (const [name, lon, lat, region] of ISLAND_CHECKS) {
  const p = project(lon, lat);
  const g = geoms.find((x) => x.id === region);
  const hit = g && [[0, 0], [NEAR, 0], [-NEAR, 0], [0, NEAR], [0, -NEAR]].some(([dx, dy]) => inside([p[0] + dx, p[1] + dy], g.mp));
  if (!hit) fail(`${name} (${lon} E ${lat} N) is not in region \`${region}\``);
  const others = geoms.filter((x) => x.id !== region && inside(p, x.mp)).map((x) => x.id);
  if (others.length) fail(`${name} also falls in ${others.join(', ')}`);
}

console.log(`map geometry: ${shapes.length} regions, ${railwayShapes.length} railways, ${committed.length} bytes; max overlap ${maxOverlap.toFixed(3)} units² (${maxPair || 'none'}); ${ISLAND_CHECKS.length} places checked`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('ok');
