import fs from 'node:fs';
const rs = fs.readFileSync(process.argv[2], 'utf8');
const vb = rs.match(/VIEW_BOX: \[f64; 4\] = \[([^\]]+)\]/)[1].split(',').map(Number);
const colors = ['#e41a1c','#377eb8','#4daf4a','#984ea3','#ff7f00','#ffff33','#a65628','#f781bf','#999999','#66c2a5','#fc8d62','#8da0cb'];
let body = `<rect x="${vb[0]}" y="${vb[1]}" width="${vb[2]}" height="${vb[3]}" fill="#cfe3f3"/>`;
const grat = rs.match(/GRATICULE: &str = "([^"]*)"/)[1];
body += `<path d="${grat}" fill="none" stroke="#99b" stroke-width="0.4"/>`;
// The regions (id and label point), and in the same order their path data (REGION_PATHS).
const paths = [...rs.match(/REGION_PATHS: &\[&str\] = &\[([\s\S]*?)\n\];/)[1].matchAll(/^\s*"([^"]*)",$/gm)].map((m) => m[1]);
let i = 0;
for (const m of rs.matchAll(/RegionShape \{ id: "([^"]+)", label: \[([^\]]+)\]/g)) {
  const [x, y] = m[2].split(',').map(Number);
  body += `<path d="${paths[i]}" fill="${colors[i % colors.length]}" stroke="#000" stroke-width="0.3"/>`;
  body += `<text x="${x}" y="${y}" font-size="9" text-anchor="middle">${m[1]}</text>`;
  i++;
}
for (const k of ['LINE_50N', 'PARALLEL_38', 'COAST_OUTSIDE']) {
  const d = rs.match(new RegExp(k + ': &str = "([^"]*)"'))[1];
  body += `<path d="${d}" fill="${k === 'COAST_OUTSIDE' ? '#000' : 'none'}" stroke="#000" stroke-width="1.5" stroke-dasharray="4 2"/>`;
}
const [zx, zy, zw, zh] = process.argv[4] ? process.argv[4].split(',').map(Number) : vb;
fs.writeFileSync(process.argv[3], `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${zx} ${zy} ${zw} ${zh}" width="1400" height="${Math.round(1400 * zh / zw)}">${body}</svg>`);
