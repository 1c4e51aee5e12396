// Lambert conformal conic, standard parallels 39 N and 54 N, centred 136 E 46 N (the same formulas as
// core/src/geo.rs), scaled and translated so the view is 1000 units wide with y pointing down.
const rad = (d) => (d * Math.PI) / 180;
const lat1 = 39;
const lat2 = 54;
const lon0 = 136;
const lat0 = 46;
const t = (phi) => Math.tan(Math.PI / 4 + rad(phi) / 2);
const n = Math.log(Math.cos(rad(lat1)) / Math.cos(rad(lat2))) / Math.log(t(lat2) / t(lat1));
const F = (Math.cos(rad(lat1)) * Math.pow(t(lat1), n)) / n;
const rho0 = F / Math.pow(t(lat0), n);

/** Unscaled LCC: x east, y north, origin at the centre. */
function raw(lon, lat) {
  const rho = F / Math.pow(t(lat), n);
  const theta = n * rad(lon - lon0);
  return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
}

// The view: Chita (113.5 E) to Cape Lopatka (156.7 E) with margins; Tokyo (35.7 N) to Okha (53.6 N) with margins.
const EXTENT = [[111.0, 52.5], [112.5, 49.0], [114.0, 42.0], [159.5, 51.0], [158.5, 55.0], [150.0, 56.5], [142.9, 56.8], [130.0, 56.8], [120.0, 55.5], [139.7, 33.6], [130.0, 33.6], [146.0, 38.5]];
const xs = EXTENT.map(([a, b]) => raw(a, b)[0]);
const ys = EXTENT.map(([a, b]) => raw(a, b)[1]);
const minX = Math.min(...xs);
const maxX = Math.max(...xs);
const minY = Math.min(...ys);
const maxY = Math.max(...ys);
const WIDTH = 1000;
const scale = WIDTH / (maxX - minX);
const tx = -minX * scale;
const ty = maxY * scale;

export const PROJ = { lon0, lat0, lat1, lat2, n, F, rho0, scale, tx, ty };

/** lon/lat degrees -> SVG user units (x right, y down). */
export function project(lon, lat) {
  const [x, y] = raw(lon, lat);
  return [tx + scale * x, ty - scale * y];
}

export const VIEW = [0, 0, WIDTH, (maxY - minY) * scale];
