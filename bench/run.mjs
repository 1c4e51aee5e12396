// The benchmark (scripts/bench.sh): bytes, first render, slider step cost, memory and scale of the atlas, and the
// same measures, in the same run, for the same events shown with Knight Lab TimelineJS. Reports; never fails on a
// missed budget (machines are noisy). Writes docs/bench/latest.json and docs/bench/latest.md.
//
// Usage: node bench/run.mjs [--quick]     (expects dist/ built; scale variants are built here unless --quick)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execSync } from 'node:child_process';
import { launch, startServer, ROOT } from '../e2e/helpers.mjs';
import { convert } from './timelinejs-data.mjs';

const QUICK = process.argv.includes('--quick');
const LOADS = QUICK ? 4 : 12;
const STEPS = QUICK ? 100 : 500;
const CHANGES = QUICK ? 2000 : 10000;
const out = path.join(ROOT, 'docs/bench');
fs.mkdirSync(out, { recursive: true });

const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const sizes = (b) => ({ raw: b.length, gzip: gz(b), brotli: br(b) });
const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] : NaN;
};
const stats = (xs) => ({ n: xs.length, min: q(xs, 0), p25: q(xs, 0.25), median: q(xs, 0.5), p75: q(xs, 0.75), p95: q(xs, 0.95), max: q(xs, 1) });
const r2 = (v) => Math.round(v * 100) / 100;

const browser = await launch();

/** Every asset of a first load, with its size. */
async function firstLoadBytes(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (res) => {
    try {
      bodies.push({ url: res.url(), body: await res.body() });
    } catch {
      /* redirects and the like have no body */
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const assets = bodies.filter((b) => !b.url.startsWith('data:')).map((b) => ({ url: b.url.replace(/^https?:\/\/[^/]+/, ''), ...sizes(b.body) }));
  const total = assets.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip, brotli: t.brotli + a.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { assets, total };
}

/** Navigation start to a performance mark, over cold loads (new context, no cache), optionally CPU-throttled. */
async function firstRender(url, mark, throttle = 1) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url);
    const t = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, { timeout: 60000 });
    times.push(await t.jsonValue());
    await context.close();
  }
  return stats(times);
}

async function metrics(cdp) {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (n) => m.find((x) => x.name === n)?.value ?? 0;
  return { script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration'), heap: get('JSHeapUsedSize') };
}

/** Script + style + layout milliseconds per change, for a change made by `act`, until `done` holds in the page. */
async function stepCost(page, cdp, n, act) {
  const costs = [];
  for (let i = 0; i < n; i++) {
    const before = await metrics(cdp);
    await act(i);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    const after = await metrics(cdp);
    costs.push((after.script - before.script + after.style - before.style + after.layout - before.layout) * 1000);
  }
  return stats(costs.map(r2));
}

async function ourSteps(origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm)));
  const page = await context.newPage();
  await page.goto(`${origin}/?year=1917&lang=en`);
  await page.waitForSelector('[data-testid="year-slider"]');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const slider = page.locator('[data-testid="year-slider"]');
  await slider.focus();
  const keys = await stepCost(page, cdp, STEPS, (i) => page.keyboard.press(Math.floor(i / 74) % 2 ? 'ArrowLeft' : 'ArrowRight'));
  const jumps = await stepCost(page, cdp, Math.min(STEPS, 200), (i) => page.keyboard.press(i % 2 ? 'Home' : 'End'));
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  const x = (year) => box.x + 8 + ((year - 1917) / 74) * (box.width - 16);
  await page.keyboard.press('Home');
  await page.mouse.move(x(1917), y);
  await page.mouse.down();
  const drags = await stepCost(page, cdp, Math.min(STEPS, 300), (i) => page.mouse.move(x(1917 + (Math.floor(i / 74) % 2 ? 74 - (i % 74) : i % 74)), y));
  await page.mouse.up();
  // Memory over many date changes (made in the page: the slider's own input events).
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await metrics(cdp);
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? null);
    return { jsHeap: m.heap, wasm };
  };
  await cdp.send('HeapProfiler.enable');
  const before = await memory();
  await page.evaluate(async (n) => {
    const s = document.querySelector('[data-testid="year-slider"]');
    for (let i = 0; i < n; i++) {
      s.value = String(1917 + ((i * 7) % 75));
      s.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 100 === 0) await new Promise((r) => setTimeout(r, 0));
    }
  }, CHANGES);
  const afterMem = await memory();
  await context.close();
  return { keys, jumps, drags, memory: { before, after: afterMem, changes: CHANGES, jsHeapGrowth: afterMem.jsHeap - before.jsHeap, wasmGrowth: (afterMem.wasm ?? 0) - (before.wasm ?? 0) } };
}

async function peerSteps(origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/timelinejs/index.html?duration=0`);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-loaded').length > 0, null, { timeout: 60000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const n = await page.evaluate(() => window.timeline.config.events.length);
  const next = await stepCost(page, cdp, Math.min(STEPS, 300), (i) =>
    page.evaluate((fwd) => (fwd ? window.timeline.goToNext() : window.timeline.goToPrev()), Math.floor(i / (n - 1)) % 2 === 0),
  );
  await context.close();
  return { next };
}

/** Build a variant of the app with a synthetic data set of n events. */
function buildVariant(n) {
  const data = `/tmp/atlas-bench-data-${n}`;
  const dist = `/tmp/atlas-bench-dist-${n}`;
  execSync(`node bench/gen-synthetic.mjs ${n} ${data}`, { cwd: ROOT, stdio: 'inherit' });
  execSync(`trunk build --release --dist ${dist}`, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ATLAS_DATA_DIR: data } });
  return dist;
}

// ---------------------------------------------------------------------------------------------------------------
const result = {
  date: new Date().toISOString(),
  revision: execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim() + (execSync('git status --porcelain', { cwd: ROOT }).toString().trim() ? '-dirty' : ''),
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
  browser: `Chromium ${browser.version()}`,
  quick: QUICK,
};

const ours = await startServer(path.join(ROOT, 'dist'));
fs.writeFileSync(path.join(ROOT, 'bench/timelinejs/events.json'), JSON.stringify(convert()));
const peer = await startServer(path.join(ROOT, 'bench'));
try {
  result.bytes = { ours: await firstLoadBytes(`${ours.origin}/?year=1917`), peer: await firstLoadBytes(`${peer.origin}/timelinejs/index.html`) };
  const wasm = result.bytes.ours.assets.find((a) => a.url.endsWith('.wasm'));
  result.bytes.wasm = wasm;
  const toml = Buffer.concat(['atlas', 'regions', 'points', 'control', 'events'].map((f) => fs.readFileSync(path.join(ROOT, `data/${f}.toml`))));
  result.bytes.dataToml = sizes(toml);
  result.bytes.geometry = sizes(fs.readFileSync(path.join(ROOT, 'core/src/geometry_data.rs')));
  result.firstRender = {
    ours: await firstRender(`${ours.origin}/?year=1917`, 'atlas-map-drawn'),
    peer: await firstRender(`${peer.origin}/timelinejs/index.html`, 'timeline-loaded'),
    ours4x: await firstRender(`${ours.origin}/?year=1917`, 'atlas-map-drawn', 4),
    peer4x: await firstRender(`${peer.origin}/timelinejs/index.html`, 'timeline-loaded', 4),
  };
  result.steps = { ours: await ourSteps(ours.origin), peer: await peerSteps(peer.origin) };
  result.scale = {};
  if (!QUICK) {
    for (const n of [1000, 10000]) {
      const dist = buildVariant(n);
      const srv = await startServer(dist);
      const steps = await ourSteps(srv.origin);
      result.scale[n] = { firstRender: await firstRender(`${srv.origin}/?year=1917`, 'atlas-map-drawn'), keys: steps.keys, jumps: steps.jumps, wasmBytes: sizes(fs.readFileSync(path.join(dist, fs.readdirSync(dist).find((f) => f.endsWith('.wasm'))))) };
      srv.server.close();
    }
  }
} finally {
  ours.server.close();
  peer.server.close();
  await browser.close();
}

// ---------------------------------------------------------------------------------------------------------------
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const ms = (v) => `${r2(v)} ms`;
const fr = result.firstRender;
const st = result.steps;
const worstStep = Math.max(st.ours.keys.p95, st.ours.jumps.p95, st.ours.drags.p95);
const budget = [
  ['Whole first load ≤ 100 KB brotli', kb(result.bytes.ours.total.brotli), result.bytes.ours.total.brotli <= 100 * 1024],
  ['First map render ≤ ½ TimelineJS', `${ms(fr.ours.median)} vs ${ms(fr.peer.median)}`, fr.ours.median <= fr.peer.median / 2],
  ['Slider step p95 < 2 ms (real data)', ms(worstStep), worstStep < 2],
  ...(result.scale[10000] ? [['Slider step p95 < 8 ms (10,000 events)', ms(Math.max(result.scale[10000].keys.p95, result.scale[10000].jumps.p95)), Math.max(result.scale[10000].keys.p95, result.scale[10000].jumps.p95) < 8]] : []),
  ['Heap growth < 1 MB over 10,000 changes', kb(st.ours.memory.jsHeapGrowth + st.ours.memory.wasmGrowth), st.ours.memory.jsHeapGrowth + st.ours.memory.wasmGrowth < 1024 * 1024],
];
const row = (cells) => `| ${cells.join(' | ')} |`;
let md = `# Benchmark ${result.quick ? '(quick run)' : ''}

${result.date} · revision ${result.revision} · ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB · ${result.browser}

## Budgets
${row(['budget', 'measured', 'met'])}
${row(['---', '---', '---'])}
${budget.map(([b, m, ok]) => row([b, m, ok ? 'yes' : '**no**'])).join('\n')}

## Bytes of the first load
${row(['asset', 'raw', 'gzip', 'brotli'])}
${row(['---', '---:', '---:', '---:'])}
${result.bytes.ours.assets.map((a) => row([a.url, kb(a.raw), kb(a.gzip), kb(a.brotli)])).join('\n')}
${row(['**atlas total**', kb(result.bytes.ours.total.raw), kb(result.bytes.ours.total.gzip), `**${kb(result.bytes.ours.total.brotli)}**`])}
${row(['data (TOML sources, inside the wasm packed)', kb(result.bytes.dataToml.raw), kb(result.bytes.dataToml.gzip), kb(result.bytes.dataToml.brotli)])}
${row(['geometry (generated Rust source, inside the wasm)', kb(result.bytes.geometry.raw), kb(result.bytes.geometry.gzip), kb(result.bytes.geometry.brotli)])}
${row(['**TimelineJS page total**', kb(result.bytes.peer.total.raw), kb(result.bytes.peer.total.gzip), `**${kb(result.bytes.peer.total.brotli)}**`])}
${row(['ratio atlas / TimelineJS (brotli)', '', '', (result.bytes.ours.total.brotli / result.bytes.peer.total.brotli).toFixed(2)])}

## First render (navigation start → drawn), ${fr.ours.n} cold loads each
${row(['page', 'min', 'p25', 'median', 'p75', 'max'])}
${row(['---', '---:', '---:', '---:', '---:', '---:'])}
${[['atlas', fr.ours], ['TimelineJS', fr.peer], ['atlas, CPU 4× slower', fr.ours4x], ['TimelineJS, CPU 4× slower', fr.peer4x]].map(([n, s]) => row([n, ms(s.min), ms(s.p25), ms(s.median), ms(s.p75), ms(s.max)])).join('\n')}

Ratio atlas / TimelineJS (median): ${(fr.ours.median / fr.peer.median).toFixed(2)}; at 4× CPU: ${(fr.ours4x.median / fr.peer4x.median).toFixed(2)}.

## Cost of one step (script + style + layout, CDP Performance.getMetrics)
${row(['step', 'n', 'median', 'p95', 'max'])}
${row(['---', '---:', '---:', '---:', '---:'])}
${[['atlas: ← / → one year (keyboard)', st.ours.keys], ['atlas: Home / End (1917 ↔ 1991)', st.ours.jumps], ['atlas: pointer drag, one year per move', st.ours.drags], ['TimelineJS: next / previous event (no animation)', st.peer.next]].map(([n, s]) => row([n, s.n, ms(s.median), ms(s.p95), ms(s.max)])).join('\n')}

Ratio atlas / TimelineJS (median step): ${(st.ours.keys.median / st.peer.next.median).toFixed(2)}.

## Memory over ${st.ours.memory.changes} date changes
JS heap ${kb(st.ours.memory.before.jsHeap)} → ${kb(st.ours.memory.after.jsHeap)} (growth ${kb(st.ours.memory.jsHeapGrowth)}); wasm memory ${kb(st.ours.memory.before.wasm ?? 0)} → ${kb(st.ours.memory.after.wasm ?? 0)} (growth ${kb(st.ours.memory.wasmGrowth)}).
`;
if (Object.keys(result.scale).length) {
  md += `
## Scale: synthetic data sets (bench/gen-synthetic.mjs)
${row(['events', 'wasm brotli', 'first render median', 'step ←/→ median / p95', 'Home/End median / p95'])}
${row(['---:', '---:', '---:', '---:', '---:'])}
${Object.entries(result.scale).map(([n, s]) => row([n, kb(s.wasmBytes.brotli), ms(s.firstRender.median), `${ms(s.keys.median)} / ${ms(s.keys.p95)}`, `${ms(s.jumps.median)} / ${ms(s.jumps.p95)}`])).join('\n')}
`;
}
fs.writeFileSync(path.join(out, 'latest.json'), JSON.stringify(result, null, 2));
fs.writeFileSync(path.join(out, 'latest.md'), md);
console.log(md);
