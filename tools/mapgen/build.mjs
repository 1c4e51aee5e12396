// Generates core/src/geometry_data.rs: the map's historical regions and railways as SVG path data.
// Run: node tools/mapgen/build.mjs   (or npm --prefix tools/mapgen run build). Deterministic: same input, same bytes.
//
// Sources: Natural Earth 10m (public domain) via the npm package world-atlas@2.0.2 (countries-10m.json for the
// modern country outlines, land-10m.json for the islets countries-10m lacks, e.g. three of the Habomai islets);
// the railways' stations from data/railways.toml (read with smol-toml).
// Steps: countries -> pieces (each polygon of each country) -> regions (regions.mjs: cutters in priority order) ->
// Lambert conformal conic projection -> clip to the view -> one TopoJSON topology (shared borders become shared
// arcs) -> simplify (every ring keeps at least 4 points, so no island vanishes) -> relative SVG paths.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojsonClient from 'topojson-client';
import * as topojsonServer from 'topojson-server';
import * as topojsonSimplify from 'topojson-simplify';
import polygonClipping from 'polygon-clipping';
import { parse as parseToml } from 'smol-toml';
import { REGIONS } from './regions.mjs';
import { PROJ, project, VIEW } from './projection.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const OUT = process.argv[2] || path.join(ROOT, 'core/src/geometry_data.rs');
const atlasDir = path.join(HERE, 'node_modules/world-atlas');
const countries = JSON.parse(fs.readFileSync(path.join(atlasDir, 'countries-10m.json'), 'utf8'));
const land = JSON.parse(fs.readFileSync(path.join(atlasDir, 'land-10m.json'), 'utf8'));

const BBOX = [[95, 25], [178, 25], [178, 66], [95, 66], [95, 25]]; // lon/lat pre-clip, generous
const ISLAND_KM2 = 4000; // pieces smaller than this are assigned whole, never cut

// ---------- geometry helpers (lon/lat) ----------
const R = 6371.0088;
const rad = (d) => (d * Math.PI) / 180;
/** Spherical area of a ring in km² (good enough for classification and reporting). */
function ringAreaKm2(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [l1, p1] = ring[i];
    const [l2, p2] = ring[i + 1];
    s += rad(l2 - l1) * (2 + Math.sin(rad(p1)) + Math.sin(rad(p2)));
  }
  return Math.abs((s * R * R) / 2);
}
const polyAreaKm2 = (poly) => ringAreaKm2(poly[0]) - poly.slice(1).reduce((a, r) => a + ringAreaKm2(r), 0);

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const pointInPoly = (p, poly) => pointInRing(p, poly[0]) && !poly.slice(1).some((h) => pointInRing(p, h));

/** A point inside a polygon: the midpoint of the widest horizontal chord through its vertical middle. */
function interiorPoint(poly) {
  const ys = poly[0].map((p) => p[1]);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  let best = null;
  for (const f of [0.5, 0.37, 0.63, 0.25, 0.75, 0.13, 0.87]) {
    const y = lo + (hi - lo) * f;
    const xs = [];
    for (const ring of poly) {
      for (let i = 0; i < ring.length - 1; i++) {
        const [x1, y1] = ring[i];
        const [x2, y2] = ring[i + 1];
        if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const w = xs[i + 1] - xs[i];
      if (!best || w > best.w) best = { w, p: [(xs[i] + xs[i + 1]) / 2, y] };
    }
    if (best && best.w > 0) break;
  }
  return best ? best.p : poly[0][0];
}

const closeRing = (ring) => {
  const r = ring.slice();
  const [a, b] = [r[0], r[r.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) r.push(a);
  return r;
};

// ---------- pieces: every polygon of the countries we need, plus land islets no country has ----------
function polygonsOf(geom) {
  if (!geom) return [];
  if (geom.type === 'Polygon') return [geom.coordinates];
  if (geom.type === 'MultiPolygon') return geom.coordinates;
  if (geom.type === 'GeometryCollection') return geom.geometries.flatMap(polygonsOf);
  return [];
}
const wanted = new Set(REGIONS.flatMap(([, cs]) => cs).filter((c) => c !== '*'));
const pieces = [];
const countryFc = topojsonClient.feature(countries, countries.objects.countries);
for (const f of countryFc.features) {
  const name = f.properties.name;
  if (!wanted.has(name)) continue;
  for (const poly of polygonsOf(f.geometry)) {
    for (const clipped of polygonClipping.intersection([poly], [BBOX])) pieces.push({ country: name, poly: clipped });
  }
}
const landFc = topojsonClient.feature(land, land.objects.land);
const countryPieces = pieces.slice();
for (const poly of polygonsOf(landFc.geometry || landFc.features?.[0]?.geometry)) {
  for (const clipped of polygonClipping.intersection([poly], [BBOX])) {
    const p = interiorPoint(clipped);
    if (polyAreaKm2(clipped) < ISLAND_KM2 && !countryPieces.some((c) => pointInPoly(p, c.poly))) {
      pieces.push({ country: 'none', poly: clipped });
    }
  }
}

const extra = JSON.parse(fs.readFileSync(path.join(HERE, 'extra-islands.json'), 'utf8'));
for (const island of extra.islands) pieces.push({ country: 'none', poly: [island.ring] });

// ---------- regions ----------
const parts = new Map(REGIONS.map(([id]) => [id, []]));
const unassigned = [];
for (const piece of pieces) {
  const small = polyAreaKm2(piece.poly) < ISLAND_KM2;
  let rest = [piece.poly];
  const point = interiorPoint(piece.poly);
  for (const [id, cs, cutter] of REGIONS) {
    if (!rest.length) break;
    // '*' regions (the Kuril islands) take small islands of any country, and never cut a large piece; islets no
    // country claims in Natural Earth ('none') go wherever their position puts them.
    const countryOk = cs.includes('*') ? small : piece.country === 'none' || cs.includes(piece.country);
    if (!countryOk) continue;
    if (small) {
      if (!cutter || pointInRing(point, closeRing(cutter))) {
        parts.get(id).push(piece.poly);
        rest = [];
      }
      continue;
    }
    if (!cutter) {
      parts.get(id).push(...rest);
      rest = [];
      continue;
    }
    const ring = [closeRing(cutter)];
    const inside = polygonClipping.intersection(rest, [ring]);
    if (inside.length) {
      parts.get(id).push(...inside);
      rest = polygonClipping.difference(rest, [ring]);
    }
  }
  if (rest.length) unassigned.push(...rest);
}

// ---------- project and clip to the view ----------
const viewRing = [[VIEW[0], VIEW[1]], [VIEW[0] + VIEW[2], VIEW[1]], [VIEW[0] + VIEW[2], VIEW[1] + VIEW[3]], [VIEW[0], VIEW[1] + VIEW[3]], [VIEW[0], VIEW[1]]];
const projectPoly = (poly) => poly.map((ring) => ring.map(([lon, lat]) => project(lon, lat)));
const features = [];
const areas = {};
for (const [id] of REGIONS) {
  const polys = parts.get(id);
  areas[id] = polys.reduce((a, p) => a + polyAreaKm2(p), 0);
  const projected = polys.map(projectPoly);
  const clipped = projected.length ? polygonClipping.intersection(projected, [viewRing]) : [];
  features.push({ type: 'Feature', id, properties: {}, geometry: { type: 'MultiPolygon', coordinates: clipped } });
}
const outside = unassigned.length ? polygonClipping.intersection(unassigned.map(projectPoly), [viewRing]) : [];

// ---------- one topology, simplified with shared borders kept shared ----------
const topology = topojsonServer.topology({ regions: { type: 'FeatureCollection', features } }, 1e6);
const pre = topojsonSimplify.presimplify(topology);
const MIN_WEIGHT = 0.4; // planar triangle area in user units² (1 unit ≈ 4 km): drops detail under ~2–3 km
// Keep every ring: in each closed arc, the points of highest weight are promoted so that at least 4 remain.
for (const arc of pre.arcs) {
  const first = arc[0];
  const last = arc[arc.length - 1];
  const closed = first[0] === last[0] && first[1] === last[1];
  const kept = arc.filter((p) => p[2] >= MIN_WEIGHT).length;
  const need = closed ? 4 : 0;
  if (kept < need) {
    const order = arc.map((p, i) => [p[2], i]).filter(([, i]) => i > 0 && i < arc.length - 1).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order.slice(0, need - 2)) arc[i][2] = Infinity;
  }
}
const simple = topojsonSimplify.simplify(pre, MIN_WEIGHT);

// ---------- SVG paths (relative, 1 decimal) ----------
const r1 = (v) => Math.round(v * 10) / 10;
function ringsToPath(rings) {
  let d = '';
  let cx = 0;
  let cy = 0;
  for (const ring of rings) {
    const pts = ring.map(([x, y]) => [r1(x), r1(y)]);
    const dedup = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
    if (dedup.length < 4) continue;
    const [x0, y0] = dedup[0];
    d += `M${fmt(x0)} ${fmt(y0)}`;
    cx = x0;
    cy = y0;
    let seg = '';
    for (const [x, y] of dedup.slice(1, -1)) {
      seg += `${fmtSigned(r1(x - cx))}${fmtSigned(r1(y - cy))}`;
      cx = x;
      cy = y;
    }
    d += `l${seg.replace(/^ /, '')}z`;
    cx = x0;
    cy = y0;
  }
  return d;
}
function fmt(v) {
  return String(Number(v.toFixed(1)));
}
function fmtSigned(v) {
  const s = fmt(v === 0 ? 0 : v);
  return s.startsWith('-') ? s : ` ${s}`;
}
const lineToPath = (line) => {
  const pts = line.map(([x, y]) => [r1(x), r1(y)]);
  let d = `M${fmt(pts[0][0])} ${fmt(pts[0][1])}`;
  for (let i = 1; i < pts.length; i++) d += `L${fmt(pts[i][0])} ${fmt(pts[i][1])}`;
  return d;
};

const shapes = [];
for (const f of topojsonClient.feature(simple, simple.objects.regions).features) {
  const polys = polygonsOf(f.geometry);
  const d = polys.map((p) => ringsToPath(p)).join('');
  // Label: interior point of the largest polygon.
  let big = null;
  let bigA = -1;
  for (const p of polys) {
    const a = Math.abs(planarArea(p[0]));
    if (a > bigA) {
      bigA = a;
      big = p;
    }
  }
  shapes.push({ id: f.id, d, label: big ? interiorPoint(big) : [0, 0], rings: polys.reduce((n, p) => n + p.length, 0) });
}
function planarArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

// Lines: the 50th parallel across Sakhalin and the 38th across Korea (land parts), the graticule.
function parallelAcross(lat, lon0, lon1, regionIds) {
  const step = 0.01;
  const polys = regionIds.flatMap((id) => parts.get(id));
  const segs = [];
  let cur = null;
  for (let lon = lon0; lon <= lon1 + 1e-9; lon += step) {
    const p = [lon, lat];
    const on = polys.some((poly) => pointInPoly([lon, lat + 0.0005], poly) || pointInPoly([lon, lat - 0.0005], poly));
    if (on) {
      if (!cur) cur = [p];
      else cur[1] = p;
    } else if (cur) {
      if (cur.length === 2) segs.push(cur);
      cur = null;
    }
  }
  if (cur && cur.length === 2) segs.push(cur);
  return segs
    .map(([a, b]) => {
      const n = 8;
      const line = [];
      for (let i = 0; i <= n; i++) line.push(project(a[0] + ((b[0] - a[0]) * i) / n, lat));
      return lineToPath(line);
    })
    .join('');
}
const line50 = parallelAcross(50, 141.5, 144.5, ['north-sakhalin', 'south-sakhalin']);
const line38 = parallelAcross(38, 124.0, 129.5, ['korea-north', 'korea-south']);
// The graticule as the projection draws it: meridians are straight lines through the cone's apex and parallels are
// arcs of circles around it (Lambert conformal conic), so each is one SVG command (`L` or `A`), not a polyline.
const apex = [PROJ.tx, PROJ.ty - PROJ.scale * PROJ.rho0];
const f1 = (v) => String(Math.round(v * 10) / 10);
const pt = ([x, y]) => `${f1(x)} ${f1(y)}`;
let graticule = '';
for (let lon = 95; lon <= 175; lon += 5) graticule += `M${pt(project(lon, 25))}L${pt(project(lon, 66))}`;
for (let lat = 25; lat <= 65; lat += 5) {
  const [a, b] = [project(95, lat), project(175, lat)];
  const r = Math.hypot(a[0] - apex[0], a[1] - apex[1]);
  // West to east the arc turns counter-clockwise on screen (sweep 0) through less than half a circle.
  graticule += `M${pt(a)}A${f1(r)} ${f1(r)} 0 0 0 ${pt(b)}`;
}
// Where the names of the seas and of Lake Baikal go: projected here, so the app never projects.
const SEA_LABELS = [
  ['SEA_OF_JAPAN', 'Sea of Japan', 134.5, 40.5],
  ['SEA_OF_OKHOTSK', 'Sea of Okhotsk', 148.5, 54.5],
  ['PACIFIC_OCEAN', 'Pacific Ocean', 150.0, 40.0],
  ['YELLOW_SEA', 'Yellow Sea', 123.3, 36.3],
  ['LAKE_BAIKAL', 'Lake Baikal (its marker, west of the view)', 110.0, 53.0],
];
const outsidePath = outside.map((p) => ringsToPath(p)).join('');

// ---------- railways: each line through its stations, projected like the regions ----------
// A segment between two stations is densified (a point every ~0.5°) so that it follows the projection's curve of
// the straight lon/lat line, then drawn as absolute M/L path data with 1 decimal.
const railwayData = parseToml(fs.readFileSync(path.join(ROOT, 'data/railways.toml'), 'utf8'));
const railways = (railwayData.railway || []).map((r) => {
  const station = new Map((r.stations || []).map((st) => [st.id, st]));
  const d = (r.lines || [])
    .map((line) => {
      const pts = [];
      for (let i = 0; i < line.length; i++) {
        const a = station.get(line[i]);
        if (!a) throw new Error(`railway ${r.id}: unknown station ${line[i]}`);
        if (i === 0) {
          pts.push(project(a.lon, a.lat));
          continue;
        }
        const b = station.get(line[i - 1]);
        const steps = Math.max(1, Math.ceil(Math.hypot(a.lon - b.lon, a.lat - b.lat) / 0.5));
        for (let k = 1; k <= steps; k++) pts.push(project(b.lon + ((a.lon - b.lon) * k) / steps, b.lat + ((a.lat - b.lat) * k) / steps));
      }
      // Drop points that round onto their predecessor.
      const kept = pts.filter((p, i) => i === 0 || r1(p[0]) !== r1(pts[i - 1][0]) || r1(p[1]) !== r1(pts[i - 1][1]));
      return lineToPath(kept);
    })
    .join('');
  return { id: r.id, d };
});

// ---------- samples for the Rust projection test ----------
const SAMPLE_POINTS = [[136, 46], [113.5, 52.03], [139.69, 35.69], [142.95, 53.57], [156.65, 50.87], [121.27, 38.8], [131.9, 43.13], [150, 45.9], [125.75, 39.02], [106.9, 47.9]];

// ---------- write Rust ----------
const q = (s) => JSON.stringify(s);
const num = (v) => (Number.isInteger(v) ? `${v}.0` : String(v));
let rs = `//! Generated by \`node tools/mapgen/build.mjs\` from Natural Earth 10m (public domain) via world-atlas@2.0.2,
//! the region definitions in tools/mapgen/regions.mjs and the railway stations of data/railways.toml. Do not edit
//! by hand: change the generator or the data and re-run it.

use super::{Projection, RailwayShape, RegionShape};

/// min-x, min-y, width, height of the map in SVG user units.
#[rustfmt::skip]
pub const VIEW_BOX: [f64; 4] = [${VIEW.map((v) => num(Math.round(v * 10) / 10)).join(', ')}];

/// Lambert conformal conic, standard parallels ${PROJ.lat1} N and ${PROJ.lat2} N, centred ${PROJ.lon0} E ${PROJ.lat0} N.
#[rustfmt::skip]
pub const PROJECTION: Projection = Projection {
    lon0: ${num(PROJ.lon0)},
    n: ${PROJ.n},
    f: ${PROJ.F},
    rho0: ${PROJ.rho0},
    scale: ${PROJ.scale},
    tx: ${PROJ.tx},
    ty: ${PROJ.ty},
};

/// The historical regions (ids as in data/regions.toml), with a label point and their area before simplifying.
#[rustfmt::skip]
pub const REGIONS: &[RegionShape] = &[
${shapes
  .map((s) => `    RegionShape { id: ${q(s.id)}, label: [${num(r1(s.label[0]))}, ${num(r1(s.label[1]))}], area_km2: ${num(Math.round(areas[s.id]))} },`)
  .join('\n')}
];

/// The regions' SVG path data in user units, in the order of \`REGIONS\`. The app does not compile these in: it
/// reads them from the page's outline (index.html, \`crate::shell\`), which holds them one after the other.
#[rustfmt::skip]
pub const REGION_PATHS: &[&str] = &[
${shapes.map((s) => `    ${q(s.d)},`).join('\n')}
];

/// The railways (ids as in data/railways.toml): straight segments between their stations, projected.
#[rustfmt::skip]
pub const RAILWAYS: &[RailwayShape] = &[
${railways.map((r) => `    RailwayShape { id: ${q(r.id)}, d: ${q(r.d)} },`).join('\n')}
];

/// Lakes (none are drawn yet).
#[rustfmt::skip]
pub const LAKES: &str = "";
/// Major rivers (none are drawn yet).
#[rustfmt::skip]
pub const RIVERS: &str = "";
/// The 50th parallel across Sakhalin (the 1905–1945 border), land part.
#[rustfmt::skip]
pub const LINE_50N: &str = ${q(line50)};
/// The 38th parallel across Korea, land part.
#[rustfmt::skip]
pub const PARALLEL_38: &str = ${q(line38)};
/// Meridians (straight lines) and parallels (circular arcs) every 5 degrees.
#[rustfmt::skip]
pub const GRATICULE: &str = ${q(graticule)};
${SEA_LABELS.map(([name, what, lon, lat]) => {
  const [x, y] = project(lon, lat);
  return `/// Label point: ${what} (${lon} E, ${lat} N).\npub const ${name}: [f64; 2] = [${num(r1(x))}, ${num(r1(y))}];`;
}).join('\n')}
/// Land in view that belongs to no region.
#[rustfmt::skip]
pub const COAST_OUTSIDE: &str = ${q(outsidePath)};

/// (lon/lat, projected x/y) computed by the generator, to test the Rust projection against.
#[rustfmt::skip]
pub const SAMPLES: &[([f64; 2], [f64; 2])] = &[
${SAMPLE_POINTS.map(([lon, lat]) => {
  const [x, y] = project(lon, lat);
  return `    ([${num(lon)}, ${num(lat)}], [${x.toFixed(4)}, ${y.toFixed(4)}]),`;
}).join('\n')}
];
`;
fs.writeFileSync(OUT, rs);
const bytes = Buffer.byteLength(rs);
console.log(`wrote ${path.relative(ROOT, OUT)}: ${bytes} bytes, ${shapes.length} regions, ${shapes.reduce((n, s) => n + s.rings, 0)} rings, ${railways.length} railways`);
for (const s of shapes) console.log(`  ${s.id.padEnd(16)} rings ${String(s.rings).padStart(4)}  area ${Math.round(areas[s.id])} km²  path ${s.d.length} B`);
if (outside.length) console.log(`  land in no region: ${outside.length} polygons`);
