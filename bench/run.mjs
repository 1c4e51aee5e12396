// The benchmark (scripts/bench.sh builds what it measures, then runs this): bytes, first load, slider step cost,
// memory, the size report and scale of the atlas, and the same measures in the same run for the same events shown
// with Knight Lab TimelineJS. Both pages are served brotli-compressed, as any real host serves them, and loaded in
// two profiles: desktop, and a school phone (CDP network emulation at 1.6 Mbit/s down and 150 ms round trip, the
// CPU slowed 4x). It reports; it never fails on a missed budget (machines are noisy).
//
// Usage: node bench/run.mjs [--quick] [--dist DIR] [--packed FILE] [--variant N:DIST:DATA_DIR[:PACKED]]...
//                           [--twiggy FILE] [--out DIR] [--build-seconds NAME=S,...]
//   --dist      the release build of the real data (default dist/)
//   --packed    the packed data core the build embedded (atlas.bin from the build script's OUT_DIR), for its size
//   --variant   a release build with N synthetic events (bench/gen-synthetic.mjs) and its data folder
//   --twiggy    `twiggy top -n 20 --format json` of a build with symbol names (scripts/bench.sh makes it)
//   --out       where latest.json / latest.md go (default docs/bench/; --quick: /tmp/atlas-bench-quick/)
//   --quick     fewer iterations (for trying things)
//   --steps-only   only the atlas's step costs (real data and variants), printed as a short table; writes nothing
//   --cpu N     with --steps-only: the CPU slowed N times (default 4)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execSync } from 'node:child_process';
import { launch, ROOT } from '../e2e/helpers.mjs';
import { serve, precompress } from '../scripts/static-server.mjs';
import { convert } from './timelinejs-data.mjs';
import { rng } from './rng.mjs';

// --- Arguments and iteration counts ----------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const values = (name) => argv.flatMap((a, i) => (a === name && i + 1 < argv.length ? [argv[i + 1]] : []));
const QUICK = flag('--quick');
const STEPS_ONLY = flag('--steps-only');
const STEPS_CPU = Number(values('--cpu')[0] || 4);
const DIST = path.resolve(values('--dist')[0] || path.join(ROOT, 'dist'));
const PACKED = values('--packed')[0] || null;
const TWIGGY = values('--twiggy')[0] || null;
const OUT = path.resolve(values('--out')[0] || (QUICK ? '/tmp/atlas-bench-quick' : path.join(ROOT, 'docs/bench')));
const VARIANTS = values('--variant').map((v) => {
  const [n, dist, data, packed] = v.split(':');
  return { events: Number(n), dist: path.resolve(dist), data: path.resolve(data), packed: packed || null };
});
const BUILD_SECONDS = Object.fromEntries(
  (values('--build-seconds')[0] || '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('='))
    .map(([k, v]) => [k, Number(v)]),
);

const N = QUICK
  ? { loads: 5, steps: 100, drags: 60, rests: 20, baseline: 50, peerSteps: 100, peerAnimated: 5, changes: 2000 }
  : { loads: 12, steps: 500, drags: 500, rests: 100, baseline: 200, peerSteps: 500, peerAnimated: 20, changes: 10000 };

const VIEWPORT = { width: 1280, height: 900 };
const CTX = { viewport: VIEWPORT, locale: 'en-US' };
const SLIDER = '[data-testid="year-slider"]';
const FIRST_YEAR = 1917;
const LAST_YEAR = 1991;
const OURS_URL = '/?year=1917&lang=en';
const PEER_URL = '/timelinejs/index.html';
const OURS_MARK = 'atlas-map-drawn';
// Durations in the main thread's CPU time, not wall time: on a shared 2-core machine wall time also counts the
// time the renderer waited for a core (p95 several times higher, and different from run to run). Chromium's CPU
// throttling shows in this time domain too (a 4x slower CPU measures ~4x the thread time; checked).
const TIME_DOMAIN = 'threadTicks';
const PEER_MARK = 'timeline-loaded';
// One frame at 60 Hz: the step budget with the CPU slowed 4x.
const FRAME_MS = 16.7;

/** The two profiles of a first load. */
const PROFILES = {
  desktop: { key: 'desktop', label: 'desktop', viewport: VIEWPORT, cpu: 1, network: null },
  phone: {
    key: 'phone',
    label: 'school phone',
    viewport: { width: 412, height: 915 },
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 },
  },
};
const profileText = (p) =>
  p.network
    ? `${p.viewport.width}x${p.viewport.height}, CPU ${p.cpu}x slower, ${(p.network.downloadThroughput * 8) / 1e6} Mbit/s down, ${(p.network.uploadThroughput * 8) / 1e6} Mbit/s up, ${p.network.latency} ms round trip`
    : `${p.viewport.width}x${p.viewport.height}, full CPU, no network limit`;

const started = Date.now();
const notes = [];
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);

// --- Numbers ---------------------------------------------------------------------------------------------------

const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) =>
  zlib.brotliCompressSync(b, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }).length;
const sizes = (b) => ({ raw: b.length, gzip: gzip(b), brotli: brotli(b) });
const sum = (xs) => xs.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip, brotli: t.brotli + a.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Percentile with linear interpolation between the closest ranks. */
function pct(sorted, p) {
  if (!sorted.length) return null;
  const i = p * (sorted.length - 1);
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}
const round = (v, d = 3) => (v == null ? null : Math.round(v * 10 ** d) / 10 ** d);
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    min: round(s[0]),
    p25: round(pct(s, 0.25)),
    median: round(pct(s, 0.5)),
    p75: round(pct(s, 0.75)),
    p95: round(pct(s, 0.95)),
    max: round(s[s.length - 1]),
  };
}

// --- Browser helpers -------------------------------------------------------------------------------------------

let browser;

async function metrics(cdp) {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const o = {};
  for (const x of m) o[x.name] = x.value;
  return o;
}

/** Off-origin requests of any page or service worker of a context, collected into `into`. */
function watchOrigins(context, origin, into) {
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')) into.add(u);
  });
}

/** Console errors and warnings and page errors of a page, counted into `into` (a Map text -> count). */
function watchConsole(page, into) {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') into.set(`${m.type()}: ${m.text()}`, (into.get(`${m.type()}: ${m.text()}`) || 0) + 1);
  });
  page.on('pageerror', (e) => into.set(`pageerror: ${e.message}`, (into.get(`pageerror: ${e.message}`) || 0) + 1));
}

/** Wait in the page until a performance mark exists; its start time (ms after navigation start), or null. */
const readMark = (page, mark, timeoutMs = 120000) =>
  page.evaluate(
    async ([m, limit]) => {
      const t0 = performance.now();
      for (;;) {
        const e = performance.getEntriesByName(m)[0];
        if (e) return e.startTime;
        if (performance.now() - t0 > limit) return null;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    [mark, timeoutMs],
  );

/** Helpers installed in a page after it loaded (never during a timed load). */
function installPageHelpers(page) {
  return page.evaluate(() => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    window.__benchFrame = frame;
    // Until the date display differs from `prev`, then one frame (rAF, then a task: style and layout are done).
    window.__benchWait = (prev) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const tick = () => {
          const el = document.querySelector('[data-testid="date-display"]');
          const now = el ? el.textContent : null;
          if (now !== prev) frame().then(() => resolve(now));
          else if (performance.now() - t0 > 2000) resolve(null);
          else requestAnimationFrame(tick);
        };
        tick();
      });
    window.__benchDate = () => document.querySelector('[data-testid="date-display"]')?.textContent ?? null;
    window.__benchValue = () => Number(document.querySelector('[data-testid="year-slider"]').value);
    // How many times the deferred part (cards, status table, names: 150 ms after the slider rests) has completed.
    // A step whose measurement window holds one is left out of the step statistics: on a slow or busy machine the
    // time between two measured steps can pass 150 ms, and the step would then also carry that deferred work.
    window.__benchRests = 0;
    const cards = document.querySelector('[data-testid="event-cards"]');
    if (cards) {
      new MutationObserver(() => {
        if (cards.getAttribute('data-complete') === 'true') window.__benchRests++;
      }).observe(cards, { attributes: true, attributeFilter: ['data-complete'] });
    }
  });
}

// --- Servers ---------------------------------------------------------------------------------------------------

/** Serve a folder brotli-compressed on a free local port, every file compressed before anything is timed. */
async function startServer(dir) {
  precompress(dir);
  const server = await serve(dir, 0, '127.0.0.1', { brotli: true });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// --- Bytes -----------------------------------------------------------------------------------------------------

/**
 * Every asset of a first load (desktop, cache disabled): its size as sent (`wire`: compressed body and headers,
 * from the page's resource timing), and its body raw, gzip -9 and brotli 11 (compressed here, for comparison).
 */
async function firstLoadBytes(origin, url, dir, ready, kind) {
  const context = await browser.newContext(CTX);
  await context.addInitScript(paintProbe, kind);
  const offOrigin = new Set();
  watchOrigins(context, origin, offOrigin);
  const workerRequests = [];
  context.on('request', (r) => {
    if (r.serviceWorker()) workerRequests.push(r.url().replace(origin, ''));
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const pending = [];
  page.on('response', (res) => {
    pending.push(
      (async () => {
        const u = new URL(res.url());
        if (u.protocol === 'data:' || u.origin !== origin) return null;
        let body;
        try {
          body = await res.body();
        } catch {
          // Fall back to the served file.
          const p = decodeURIComponent(u.pathname);
          const f = path.join(dir, p.endsWith('/') ? p + 'index.html' : p);
          body = fs.existsSync(f) ? fs.readFileSync(f) : Buffer.alloc(0);
        }
        return { url: u.pathname + u.search, type: (res.headers()['content-type'] || '').split(';')[0], ...sizes(body) };
      })(),
    );
  });
  const idle = networkIdle(page);
  await page.goto(origin + url, { waitUntil: 'load', timeout: 120000 });
  if (!(await ready(page))) notes.push(`${url} (${path.basename(dir)}): not ready in the bytes load`);
  await idle.wait();
  const wire = await resourceTiming(page);
  const assets = (await Promise.all(pending)).filter(Boolean).map((a) => ({ ...a, wire: wire.find((w) => w.url === a.url)?.transfer ?? null }));
  await context.close();
  const total = { ...sum(assets), wire: assets.reduce((t, a) => t + (a.wire ?? 0), 0) };
  return { assets, total, serviceWorkerRequests: workerRequests, offOrigin: [...offOrigin] };
}

/** The data files (TOML) of a data folder, each and all together. */
function dataBytes(dir) {
  const files = ['atlas', 'regions', 'points', 'control', 'events'].map((f) => ({ file: `${f}.toml`, buf: fs.readFileSync(path.join(dir, `${f}.toml`)) }));
  return {
    files: files.map(({ file, buf }) => ({ file, ...sizes(buf) })),
    total: sizes(Buffer.concat(files.map((f) => f.buf))),
  };
}

/** The text files of a build (one per language, fetched when needed), from its index.html. */
function textFiles(dir) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const m = html.match(/<script type="application\/json" id="atlas-texts">([^<]*)<\/script>/);
  if (!m) return [];
  const named = JSON.parse(m[1] || '{}');
  return Object.entries(named)
    .filter(([, href]) => typeof href === 'string')
    .map(([lang, href]) => ({ lang, file: href.replace(/^\.\//, ''), ...sizes(fs.readFileSync(path.join(dir, href))) }));
}

/** Until no request of the page has been in flight for a second (at most 60 s more). */
function networkIdle(page) {
  let inflight = 0;
  let last = Date.now();
  page.on('request', () => {
    inflight++;
    last = Date.now();
  });
  const done = () => {
    inflight--;
    last = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async wait() {
      const limit = Date.now() + 60000;
      while ((inflight > 0 || Date.now() - last < 1000) && Date.now() < limit) await page.waitForTimeout(100);
    },
  };
}

/** What the page received (resource timing: the navigation and every resource), in its own clock. */
const resourceTiming = (page) =>
  page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
      const u = new URL(e.name);
      return { url: u.pathname + u.search, transfer: e.transferSize, end: e.responseEnd };
    }),
  );

// --- First load ------------------------------------------------------------------------------------------------

/**
 * Installed in every page before its own scripts: on every animation frame (the frame then paints) it notes when
 * each of these first shows on screen (in the viewport, non-zero size, not hidden), in the page's clock:
 * - `outline`: the map's outline: the page's static outline (`[data-testid="map-outline"]`) if it has one, else the
 *   first region path;
 * - `coloured`: a region of the map coloured by its controller (`[data-region][data-controller]` not empty);
 * - `slide`: TimelineJS's first slide (a slide's headline with text).
 */
function paintProbe(kind) {
  const seen = {};
  window.__benchPaint = seen;
  const shown = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && getComputedStyle(el).visibility !== 'hidden';
  };
  const probes =
    kind === 'atlas'
      ? {
          outline: () => shown(document.querySelector('[data-testid="map-outline"]')) || shown(document.querySelector('[data-region] path')),
          coloured: () => shown(document.querySelector('[data-region][data-controller]:not([data-controller=""]) path')),
        }
      : { slide: () => [...document.querySelectorAll('.tl-slide .tl-headline')].some((h) => h.textContent.trim() && shown(h)) };
  const t0 = performance.now();
  const tick = () => {
    const now = performance.now();
    for (const [k, probe] of Object.entries(probes)) {
      try {
        if (!(k in seen) && probe()) seen[k] = now;
      } catch {}
    }
    if (Object.keys(seen).length < Object.keys(probes).length && now - t0 < 120000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Until the probe has seen everything it looks for; what it saw (null on time-out). */
const readPaint = (page, keys, timeoutMs = 90000) =>
  page.evaluate(
    async ([want, limit]) => {
      const t0 = performance.now();
      for (;;) {
        const seen = window.__benchPaint || {};
        if (want.every((k) => k in seen)) return seen;
        if (performance.now() - t0 > limit) return null;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    [keys, timeoutMs],
  );

/**
 * One cold first load in a profile (new context, cache disabled): when the outline and the coloured map (atlas) or
 * the first slide (TimelineJS) first painted, the bytes received by then, and the bytes of the whole first load
 * (until the network is quiet for a second).
 */
async function coldLoad({ label, origin, url, kind, profile, offOrigin }) {
  // No service worker: the atlas's would precache both languages' texts after the load event and then answer the
  // page's own request for its texts from that cache (0 bytes in the page's timing). What the page needs is what
  // a first load costs; the worker's extra requests are listed in the bytes section.
  const context = await browser.newContext({ viewport: profile.viewport, locale: 'en-US', serviceWorkers: 'block' });
  watchOrigins(context, origin, offOrigin);
  await context.addInitScript(paintProbe, kind);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  const problems = new Map();
  watchConsole(page, problems);
  let crashed = false;
  page.on('crash', () => (crashed = true));
  const idle = networkIdle(page);
  const keys = kind === 'atlas' ? ['outline', 'coloured'] : ['slide'];
  let out = null;
  try {
    await page.goto(origin + url, { waitUntil: 'commit', timeout: 120000 });
    const seen = await readPaint(page, keys);
    if (seen == null) {
      const why = crashed ? 'the page crashed' : [...problems.keys()].slice(0, 2).join('; ') || 'no console error';
      notes.push(`${label}: ${url}: ${keys.join(' and ')} not painted within 90 s (${why})`);
    } else {
      await idle.wait();
      const wire = await resourceTiming(page);
      const at = kind === 'atlas' ? seen.coloured : seen.slide;
      out = {
        ...seen,
        bytesBefore: wire.filter((w) => w.end <= at).reduce((t, w) => t + w.transfer, 0),
        bytesTotal: wire.reduce((t, w) => t + w.transfer, 0),
        requests: wire.length,
      };
    }
  } catch (e) {
    notes.push(`${label}: ${url}: ${String(e?.message ?? e).split('\n')[0]}`);
  }
  await context.close();
  return out;
}

/**
 * Cold loads of several pages, n each, interleaved (a, b, a, b, ...) so that a busy machine slows them alike.
 * Returns, per page, the stats of each measure.
 */
async function firstLoads(targets, n) {
  const samples = targets.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const [k, t] of targets.entries()) {
      const v = await coldLoad(t);
      if (v != null) samples[k].push(v);
    }
  }
  return samples.map((xs) => {
    const of = (key) => (xs.length && xs[0][key] != null ? stats(xs.map((x) => x[key])) : null);
    return { loads: xs.length, outline: of('outline'), coloured: of('coloured'), slide: of('slide'), bytesBefore: of('bytesBefore'), bytesTotal: of('bytesTotal') };
  });
}

// --- Step cost -------------------------------------------------------------------------------------------------

/** Script + style + layout of one change: metrics, the change (which waits for the DOM), metrics. */
async function measured(cdp, change) {
  const a = await metrics(cdp);
  const result = await change();
  const b = await metrics(cdp);
  const d = (k) => (b[k] - a[k]) * 1000;
  const script = d('ScriptDuration');
  const style = d('RecalcStyleDuration');
  const layout = d('LayoutDuration');
  return { script, style, layout, total: script + style + layout, result };
}

function stepStats(samples, extra = {}) {
  return {
    ...stats(samples.map((s) => s.total)),
    script: stats(samples.map((s) => s.script)),
    style: stats(samples.map((s) => s.style)),
    layout: stats(samples.map((s) => s.layout)),
    ...extra,
  };
}

async function openAtlas(origin, { wasmHook = false, cpu = 1 } = {}) {
  const context = await browser.newContext(CTX);
  if (wasmHook) {
    // Trunk's loader dispatches `TrunkApplicationStarted` with the init's return value (the wasm exports, with
    // `memory`); the app itself exposes no memory.
    await context.addInitScript(() =>
      addEventListener('TrunkApplicationStarted', (e) => {
        window.__benchWasm = e.detail && e.detail.wasm;
      }),
    );
  }
  const page = await context.newPage();
  const problems = new Map();
  watchConsole(page, problems);
  await page.goto(origin + OURS_URL, { waitUntil: 'load', timeout: 120000 });
  if ((await readMark(page, OURS_MARK)) == null) throw new Error(`${origin}: no ${OURS_MARK} mark`);
  const dataErrors = await page.locator('[data-testid="data-errors"]').count();
  await page.waitForSelector(SLIDER, { state: 'attached' });
  await page.waitForTimeout(500);
  await installPageHelpers(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: TIME_DOMAIN });
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page, cdp, problems, dataErrors };
}

/** The slider's box now (it can move: the text above it changes with the year). */
const sliderBox = (page) =>
  page.evaluate(() => {
    const r = document.querySelector('[data-testid="year-slider"]').getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

/**
 * Where the slider's thumb is for each year, as an offset from the slider's left edge, found by clicking the track
 * (robust to any thumb size or CSS). The box is read again before every click.
 */
async function calibrate(page) {
  const box0 = await sliderBox(page);
  const valueAt = async (dx) => {
    const box = await sliderBox(page);
    await page.mouse.click(box.x + dx, box.y + box.height / 2);
    return page.evaluate(() => window.__benchValue());
  };
  // The offset where the value first reaches `year`.
  const boundary = async (year, lo, hi) => {
    while (hi - lo > 0.1) {
      const mid = (lo + hi) / 2;
      if ((await valueAt(mid)) >= year) hi = mid;
      else lo = mid;
    }
    return (lo + hi) / 2;
  };
  const b1 = await boundary(FIRST_YEAR + 1, 0, box0.width / 2);
  const b2 = await boundary(LAST_YEAR, box0.width / 2, box0.width);
  const perYear = (b2 - b1) / (LAST_YEAR - FIRST_YEAR - 1);
  return { perYear, dx: (year) => b1 + (year - FIRST_YEAR - 0.5) * perYear };
}

async function atlasSteps(origin, label, cpu = 1) {
  const { context, page, cdp, problems, dataErrors } = await openAtlas(origin, { cpu });
  if (dataErrors) notes.push(`${label}: the page shows the data-errors list instead of the map`);
  // A step, measured only if the deferred completion did not land inside it (see installPageHelpers).
  // Each step starts from rest: the deferred completion of the step before (cards, status table and names, 150 ms
  // after the slider rests) is waited for outside the measurement. Back to back, the time the measuring itself
  // takes between two steps (often over 150 ms on a busy machine, always at 4x CPU with 10,000 events) let that
  // completion land inside the next step. A step is still left out if its own completion lands inside it (the
  // step took over 150 ms of wall time). Every measured step so also pays for the slider starting to move (the
  // cards dimmed and marked busy), as a key press or a drag after a pause does.
  const restCount = () => page.evaluate(() => window.__benchRests);
  const atRest = () =>
    page
      .waitForSelector('[data-testid="event-cards"][data-complete="true"]', { state: 'attached', timeout: 5000 })
      .then(() => page.evaluate(() => window.__benchFrame()))
      .catch(() => null);
  let withRest = 0;
  const step = async (change) => {
    await atRest();
    const before = await restCount();
    const s = await measured(cdp, change);
    if ((await restCount()) !== before) {
      withRest++;
      return { ...s, mixed: true };
    }
    return s;
  };
  const wait = (prev) => page.evaluate((p) => window.__benchWait(p), prev);
  const focus = () => page.evaluate(() => document.querySelector('[data-testid="year-slider"]').focus());
  let misses = 0;

  // Baseline: the same measurement with no change (the cost of measuring: one evaluate and one frame).
  const baseline = [];
  for (let i = 0; i < N.baseline; i++) baseline.push(await measured(cdp, () => page.evaluate(() => window.__benchFrame())));

  // Keyboard, one year: → to 1991, ← back to 1917, and so on.
  await focus();
  let value = await page.evaluate(() => window.__benchValue());
  let prev = await page.evaluate(() => window.__benchDate());
  let dir = 1;
  const keys = [];
  for (let i = 0; i < N.steps; i++) {
    if (value >= LAST_YEAR) dir = -1;
    if (value <= FIRST_YEAR) dir = 1;
    const key = dir > 0 ? 'ArrowRight' : 'ArrowLeft';
    const s = await step(async () => {
      await page.keyboard.press(key);
      return wait(prev);
    });
    if (s.result == null) misses++;
    else prev = s.result;
    value += dir;
    if (!s.mixed) keys.push(s);
  }

  // Keyboard, whole range: End, Home, End, ...
  const jumps = [];
  value = await page.evaluate(() => window.__benchValue());
  for (let i = 0; i < N.steps; i++) {
    const key = value === LAST_YEAR ? 'Home' : 'End';
    const s = await step(async () => {
      await page.keyboard.press(key);
      return wait(prev);
    });
    if (s.result == null) misses++;
    else prev = s.result;
    value = key === 'Home' ? FIRST_YEAR : LAST_YEAR;
    if (!s.mixed) jumps.push(s);
  }

  // Does the slider stay put from year to year? (It moves under the pointer during a drag otherwise.)
  const ys = new Map();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    await page.evaluate((v) => {
      const s = document.querySelector('[data-testid="year-slider"]');
      s.value = String(v);
      s.dispatchEvent(new Event('input', { bubbles: true }));
    }, y);
    const top = Math.round((await sliderBox(page)).y);
    ys.set(top, [...(ys.get(top) || []), y]);
  }
  if (ys.size > 1) {
    const tops = [...ys.entries()].sort((a, b) => b[1].length - a[1].length);
    const odd = tops.slice(1).map(([top, years]) => `${years.length > 3 ? `${years.length} years (${years.slice(0, 3).join(', ')}, …)` : years.join(', ')}: ${top - tops[0][0]} px`);
    notes.push(`${label}: the slider moves vertically with the year (layout shift under a dragging pointer): ${odd.join('; ')}`);
  }
  await focus();
  prev = await page.evaluate(() => window.__benchDate());

  // Pointer drags: press on the thumb, move to another year in one move, release. Random distances.
  const cal = await calibrate(page);
  value = await page.evaluate(() => window.__benchValue());
  prev = await page.evaluate(() => window.__benchDate());
  const rand = rng(1945);
  const drags = [];
  let landed = 0;
  for (let i = 0; i < N.drags; i++) {
    let target;
    do target = FIRST_YEAR + Math.floor(rand() * (LAST_YEAR - FIRST_YEAR + 1));
    while (target === value);
    const box = await sliderBox(page);
    const y = box.y + box.height / 2;
    const [x0, x1] = [box.x + cal.dx(value), box.x + cal.dx(target)];
    const s = await step(async () => {
      await page.mouse.move(x0, y);
      await page.mouse.down();
      await page.mouse.move(x1, y);
      await page.mouse.up();
      return wait(prev);
    });
    if (s.result == null) misses++;
    else prev = s.result;
    value = await page.evaluate(() => window.__benchValue());
    if (value === target) landed++;
    if (!s.mixed) drags.push(s);
  }
  if (landed < N.drags) notes.push(`${label}: ${N.drags - landed} of ${N.drags} drags ended on another year than aimed at`);

  // The deferred part: while the slider moves the cards and the status table wait, and follow once it has rested
  // for 150 ms. One year's step, then the cost of that completion on its own (the idle wait itself costs no CPU).
  await focus();
  value = await page.evaluate(() => window.__benchValue());
  prev = await page.evaluate(() => window.__benchDate());
  const rests = [];
  const complete = () =>
    page
      .waitForSelector('[data-testid="event-cards"][data-complete="true"]', { timeout: 5000 })
      .then(() => page.evaluate(() => window.__benchFrame()))
      .catch(() => null);
  const deferred = (await page.locator('[data-testid="event-cards"][data-complete]').count()) > 0;
  for (let i = 0; deferred && i < N.rests; i++) {
    const key = value >= LAST_YEAR ? 'ArrowLeft' : 'ArrowRight';
    const s = await measured(cdp, async () => {
      await page.keyboard.press(key);
      return wait(prev);
    });
    if (s.result != null) prev = s.result;
    value += key === 'ArrowRight' ? 1 : -1;
    const r = await measured(cdp, complete);
    rests.push({ script: r.script, style: r.style, layout: r.layout, total: r.total });
  }
  if (misses) notes.push(`${label}: the date display did not change within 2 s after ${misses} changes`);
  if (withRest) notes.push(`${label}: ${withRest} of ${N.steps * 2 + N.drags} steps left out: their own deferred completion (150 ms after the slider rests) landed inside their measurement (the step took over 150 ms of wall time)`);
  for (const [text, count] of problems) notes.push(`${label}: console ${text} (${count}x)`);
  await context.close();
  return {
    baseline: stepStats(baseline),
    keys: stepStats(keys),
    jumps: stepStats(jumps),
    drags: stepStats(drags, { pixelsPerYear: round(cal.perYear, 2), landedOnTarget: landed }),
    rests: rests.length ? stepStats(rests) : null,
  };
}

async function peerSteps(origin, cpu = 1) {
  const out = {};
  for (const [name, duration, n] of [
    ['next', 0, N.peerSteps],
    ['nextAnimated', null, cpu > 1 ? 0 : N.peerAnimated],
  ]) {
    if (!n) continue;
    const context = await browser.newContext(CTX);
    const page = await context.newPage();
    const problems = new Map();
    watchConsole(page, problems);
    await page.goto(origin + PEER_URL + (duration != null ? `?duration=${duration}` : ''), { waitUntil: 'load', timeout: 120000 });
    if ((await readMark(page, PEER_MARK)) == null) throw new Error('TimelineJS page: no mark');
    await page.waitForTimeout(1500);
    await installPageHelpers(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: TIME_DOMAIN });
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const count = await page.evaluate(() => window.timeline.config.events.length);
    let index = await page.evaluate(() => window.timeline._getSlideIndex(window.timeline.current_id));
    let dir = 1;
    let misses = 0;
    const samples = [];
    for (let i = 0; i < n; i++) {
      if (index >= count - 1) dir = -1;
      if (index <= 0) dir = 1;
      const s = await measured(cdp, () =>
        page.evaluate(
          ([fwd, settle]) => {
            const before = window.timeline.current_id;
            if (fwd) window.timeline.goToNext();
            else window.timeline.goToPrev();
            const changed = () => (window.timeline.current_id !== before ? window.timeline.current_id : null);
            // Animated: the whole transition (its `duration`, 1 s by default) and one more frame.
            return new Promise((r) => setTimeout(r, settle)).then(() => window.__benchFrame()).then(changed);
          },
          [dir > 0, duration == null ? 1100 : 0],
        ),
      );
      if (s.result == null) misses++;
      index += dir;
      samples.push(s);
    }
    if (misses) notes.push(`TimelineJS ${name}: ${misses} of ${n} steps did not change the slide`);
    for (const [text, c] of problems) notes.push(`TimelineJS page: console ${text} (${c}x)`);
    out[name] = stepStats(samples, { slides: count });
    await context.close();
  }
  return out;
}

// --- Memory ----------------------------------------------------------------------------------------------------

async function heapSample(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(cdp);
  const wasm = await page.evaluate(() => {
    const mem = window.__benchWasm?.memory ?? window.wasmBindings?.memory;
    return mem ? mem.buffer.byteLength : null;
  });
  return { jsHeapUsed: m.JSHeapUsedSize, jsHeapTotal: m.JSHeapTotalSize, wasmMemory: wasm, domNodes: m.Nodes, listeners: m.JSEventListeners };
}

async function atlasMemory(origin) {
  const { context, page, cdp, problems } = await openAtlas(origin, { wasmHook: true });
  await cdp.send('HeapProfiler.enable');
  await page.evaluate(() => document.querySelector('[data-testid="year-slider"]').focus());
  const checkpoints = new Set([0, Math.round(N.changes / 10), Math.round(N.changes / 2), N.changes]);
  const samples = [];
  let value = await page.evaluate(() => window.__benchValue());
  let dir = 1;
  // Real key events (CDP Input.dispatchKeyEvent, what page.keyboard.press sends), sent 25 at a time without
  // waiting for each (the renderer handles them in order), then one frame, as a person's quick steps would.
  const KEY = { ArrowRight: 39, ArrowLeft: 37 };
  const press = (key) => [
    cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: KEY[key] }),
    cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: KEY[key] }),
  ];
  let batch = [];
  for (let i = 0; i <= N.changes; i++) {
    if (checkpoints.has(i)) {
      await Promise.all(batch);
      batch = [];
      await page.evaluate(() => window.__benchFrame());
      samples.push({ changes: i, ...(await heapSample(page, cdp)) });
      log(`memory: ${i} changes`);
    }
    if (i === N.changes) break;
    if (value >= LAST_YEAR) dir = -1;
    if (value <= FIRST_YEAR) dir = 1;
    batch.push(...press(dir > 0 ? 'ArrowRight' : 'ArrowLeft'));
    value += dir;
    if (i % 25 === 24) {
      await Promise.all(batch);
      batch = [];
      await page.evaluate(() => window.__benchFrame());
    }
  }
  const shown = await page.evaluate(() => window.__benchValue());
  if (shown !== value) notes.push(`memory run: the slider shows ${shown} after the key presses, expected ${value}`);
  for (const [text, c] of problems) notes.push(`memory run: console ${text} (${c}x)`);
  await context.close();
  const first = samples[0];
  const last = samples[samples.length - 1];
  const afterWarmUp = samples[1];
  if (first.wasmMemory == null) notes.push('wasm memory: not reachable (no TrunkApplicationStarted detail.wasm.memory)');
  return {
    changes: N.changes,
    samples,
    growth: {
      jsHeapUsed: last.jsHeapUsed - first.jsHeapUsed,
      wasmMemory: first.wasmMemory == null ? null : last.wasmMemory - first.wasmMemory,
      domNodes: last.domNodes - first.domNodes,
      listeners: last.listeners - first.listeners,
    },
    growthAfterWarmUp: {
      from: afterWarmUp.changes,
      jsHeapUsed: last.jsHeapUsed - afterWarmUp.jsHeapUsed,
      wasmMemory: first.wasmMemory == null ? null : last.wasmMemory - afterWarmUp.wasmMemory,
    },
  };
}

async function peerMemoryAfterLoad(origin) {
  const context = await browser.newContext(CTX);
  const page = await context.newPage();
  await page.goto(origin + PEER_URL, { waitUntil: 'load', timeout: 120000 });
  await readMark(page, PEER_MARK);
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: TIME_DOMAIN });
  await cdp.send('HeapProfiler.enable');
  const s = await heapSample(page, cdp);
  await context.close();
  return s;
}

// --- Machine and revision --------------------------------------------------------------------------------------

function revision() {
  try {
    const rev = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    const dirty = execSync("git status --porcelain -- . ':(exclude)docs/bench'", { cwd: ROOT }).toString().trim();
    return rev + (dirty ? '-dirty' : '');
  } catch {
    return 'unknown';
  }
}

// --- Run -------------------------------------------------------------------------------------------------------

/** One part of the run; tried again once (with a new browser if it went away); null if it fails twice. */
async function section(name, fn) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const msg = String(e?.message ?? e).split('\n')[0];
      log(`${name} failed (attempt ${attempt}): ${msg}`);
      notes.push(`${name}: ${attempt === 1 ? 'failed once and was run again' : 'failed twice, left out'} (${msg})`);
      if (!browser.isConnected()) browser = await launch();
    }
  }
  return null;
}

browser = await launch();
const result = {
  meta: {
    date: new Date().toISOString(),
    revision: revision(),
    mode: QUICK ? 'quick' : 'full',
    machine: {
      cpu: os.cpus()[0]?.model?.trim(),
      cores: os.cpus().length,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
      os: `${os.type()} ${os.release()}`,
    },
    browser: `Chromium ${browser.version()} (headless, ${VIEWPORT.width}x${VIEWPORT.height})`,
    node: process.version,
    iterations: N,
    buildSeconds: BUILD_SECONDS,
    units: 'bytes; ms; kB = 1,000 bytes; MB = 1,000,000 bytes',
    stepTimeDomain: TIME_DOMAIN,
    profiles: Object.fromEntries(Object.values(PROFILES).map((p) => [p.key, { label: p.label, what: profileText(p) }])),
    serving: 'brotli quality 11 (Content-Encoding: br) for every text and wasm file, both pages',
  },
};

const ours = await startServer(DIST);
if (STEPS_ONLY) {
  // For trying a change: the step rows only, for the real build and each variant.
  const row = (label, s) =>
    `${label.padEnd(22)} median ${s.median.toFixed(2)} p95 ${s.p95.toFixed(2)} ms (script ${s.script.median.toFixed(2)}, style ${s.style.median.toFixed(2)}, layout ${s.layout.median.toFixed(2)})`;
  const targets = [{ label: 'atlas', dir: DIST }, ...VARIANTS.map((v) => ({ label: `${v.events} events`, dir: v.dist }))];
  try {
    for (const t of targets) {
      const srv = t.dir === DIST ? ours : await startServer(t.dir);
      const s = await atlasSteps(srv.origin, `${t.label} (CPU ${STEPS_CPU}x)`, STEPS_CPU);
      for (const k of ['keys', 'jumps', 'drags', 'rests']) if (s[k]) console.log(row(`${t.label} ${k}`, s[k]));
      if (srv !== ours) srv.server.close();
    }
    notes.forEach((n) => console.log(`note: ${n}`));
  } finally {
    ours.server.close();
    await browser.close();
  }
  process.exit(0);
}
const peerJson = convert();
fs.writeFileSync(path.join(ROOT, 'bench/timelinejs/events.json'), JSON.stringify(peerJson));
const peer = await startServer(path.join(ROOT, 'bench'));
const offOrigin = { atlas: new Set(), timelinejs: new Set() };
const atlasReady = async (page) => (await readPaint(page, ['coloured'])) != null;
const peerReady = async (page) => (await readMark(page, PEER_MARK)) != null;
try {
  log('bytes');
  result.bytes = await section('bytes', async () => {
    const ob = await firstLoadBytes(ours.origin, OURS_URL, DIST, atlasReady, 'atlas');
    const pb = await firstLoadBytes(peer.origin, PEER_URL, path.join(ROOT, 'bench'), peerReady, 'peer');
    ob.offOrigin.forEach((u) => offOrigin.atlas.add(u));
    pb.offOrigin.forEach((u) => offOrigin.timelinejs.add(u));
    return {
      atlas: { assets: ob.assets, total: ob.total, serviceWorkerRequests: ob.serviceWorkerRequests },
      wasm: sum(ob.assets.filter((a) => a.url.endsWith('.wasm'))),
      data: dataBytes(path.join(ROOT, 'data')),
      packedData: PACKED && fs.existsSync(PACKED) ? sizes(fs.readFileSync(PACKED)) : null,
      texts: textFiles(DIST),
      timelinejs: { assets: pb.assets, total: pb.total, events: peerJson.events.length },
      ratio: round(ob.total.brotli / pb.total.brotli, 2),
    };
  });

  result.firstLoad = {};
  for (const profile of Object.values(PROFILES)) {
    log(`first load, ${profile.label}: ${N.loads} cold loads of each page`);
    result.firstLoad[profile.key] = await section(`first load (${profile.label})`, async () => {
      const [a, p] = await firstLoads(
        [
          { label: `atlas (${profile.label})`, origin: ours.origin, url: OURS_URL, kind: 'atlas', profile, offOrigin: offOrigin.atlas },
          { label: `TimelineJS (${profile.label})`, origin: peer.origin, url: PEER_URL, kind: 'peer', profile, offOrigin: offOrigin.timelinejs },
        ],
        N.loads,
      );
      const ratio = (x) => (x && p.slide ? round(x.median / p.slide.median, 2) : null);
      return { atlas: a, timelinejs: p, ratio: { outline: ratio(a.outline), coloured: ratio(a.coloured) } };
    });
  }

  result.steps = {};
  for (const cpu of [4, 1]) {
    log(`steps at ${cpu}x CPU: ${N.steps} keys, ${N.steps} jumps, ${N.drags} drags; TimelineJS ${N.peerSteps}`);
    const atlas = await section(`atlas steps (${cpu}x CPU)`, () => atlasSteps(ours.origin, `atlas (${cpu}x CPU)`, cpu));
    const timelinejs = await section(`TimelineJS steps (${cpu}x CPU)`, () => peerSteps(peer.origin, cpu));
    const ratio =
      atlas && timelinejs
        ? { median: round(atlas.keys.median / timelinejs.next.median, 2), p95: round(atlas.keys.p95 / timelinejs.next.p95, 2) }
        : null;
    result.steps[`cpu${cpu}x`] = { atlas, timelinejs, ratio };
  }

  log(`memory: ${N.changes} changes`);
  result.memory = {
    atlas: await section('memory', () => atlasMemory(ours.origin)),
    timelinejsAfterLoad: await section('TimelineJS memory', () => peerMemoryAfterLoad(peer.origin)),
  };

  result.sizeReport = TWIGGY && fs.existsSync(TWIGGY) ? JSON.parse(fs.readFileSync(TWIGGY, 'utf8')) : null;
  if (!result.sizeReport) notes.push('size report: no twiggy output (twiggy is installed by scripts/bench.sh; see bench/README.md)');

  result.scale = {};
  for (const v of VARIANTS) {
    log(`scale: ${v.events} events`);
    const srv = await startServer(v.dist);
    const vo = new Set();
    const label = `${v.events} events`;
    const bytes = await section(`${label}: bytes`, () => firstLoadBytes(srv.origin, OURS_URL, v.dist, atlasReady, 'atlas'));
    bytes?.offOrigin.forEach((u) => vo.add(u));
    const loads = {};
    for (const profile of Object.values(PROFILES)) {
      loads[profile.key] = await section(`${label}: first load (${profile.label})`, async () => {
        const [a] = await firstLoads([{ label: `${label} (${profile.label})`, origin: srv.origin, url: OURS_URL, kind: 'atlas', profile, offOrigin: vo }], Math.ceil(N.loads / 2));
        return a;
      });
    }
    result.scale[v.events] = {
      events: v.events,
      data: dataBytes(v.data).total,
      packedData: v.packed && fs.existsSync(v.packed) ? sizes(fs.readFileSync(v.packed)) : null,
      texts: textFiles(v.dist),
      wasm: bytes && sum(bytes.assets.filter((a) => a.url.endsWith('.wasm'))),
      total: bytes?.total ?? null,
      firstLoad: loads,
      steps: await section(`${label}: steps`, () => atlasSteps(srv.origin, `${label} (4x CPU)`, 4)),
    };
    vo.forEach((u) => offOrigin.atlas.add(u));
    srv.server.close();
  }
} finally {
  ours.server.close();
  peer.server.close();
  await browser.close();
}
result.offOrigin = { atlas: [...offOrigin.atlas], timelinejs: [...offOrigin.timelinejs] };
for (const [page, urls] of Object.entries(result.offOrigin)) {
  if (urls.length) notes.push(`${page}: ${urls.length} off-origin request(s): ${urls.slice(0, 5).join(', ')}`);
}
result.meta.runSeconds = Math.round((Date.now() - started) / 1000);
result.meta.machine.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
if (Math.max(...result.meta.machine.loadAverageAtStart, ...result.meta.machine.loadAverageAtEnd) > result.meta.machine.cores) {
  notes.push(`the machine was busy (load average above ${result.meta.machine.cores}, its number of cores): wall-clock times (first load) are inflated and noisy`);
}

// --- Budgets ---------------------------------------------------------------------------------------------------

const kB = (b) => (b == null ? '–' : `${(b / 1000).toFixed(1)} kB`);
const ms = (v) => (v == null ? '–' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`);

// The worst p95 of the three kinds of step; none when a kind has too few clean samples to give a p95.
const worst = (steps) =>
  steps && [steps.keys, steps.jumps, steps.drags].every((k) => k.n >= 20) ? Math.max(steps.keys.p95, steps.jumps.p95, steps.drags.p95) : null;
const mem = result.memory.atlas;
const memGrowth = mem ? mem.growth.jsHeapUsed + (mem.growth.wasmMemory ?? 0) : null;
const big = result.scale[10000];
const fl = result.firstLoad;
const phone = fl.phone;
const desk = fl.desktop;
const real4 = result.steps.cpu4x?.atlas;
const budget = (name, limit, unit, measured, pass, detail) => ({ budget: name, limit, unit, measured, detail, pass: measured == null ? null : pass });
const vs = (a, b) => a && b && `${ms(a.median)} vs ${ms(b.median)}`;
result.budgets = [
  budget('Bytes on the wire before the first coloured map ≤ 150 kB (school phone, median)', 150000, 'B', phone?.atlas.bytesBefore?.median, phone?.atlas.bytesBefore?.median <= 150000),
  budget('… moonshot ≤ 100 kB (TimelineJS\'s whole page)', 100000, 'B', phone?.atlas.bytesBefore?.median, phone?.atlas.bytesBefore?.median <= 100000),
  budget('Whole first load, with one language\'s texts, ≤ 170 kB on the wire (school phone, median)', 170000, 'B', phone?.atlas.bytesTotal?.median, phone?.atlas.bytesTotal?.median <= 170000),
  budget('School phone: the map\'s outline ≤ 0.35× TimelineJS\'s first slide (medians, same run)', 0.35, 'ratio', phone?.ratio.outline, phone?.ratio.outline <= 0.35, vs(phone?.atlas.outline, phone?.timelinejs.slide)),
  budget('School phone: the coloured map ≤ 0.6× TimelineJS\'s first slide', 0.6, 'ratio', phone?.ratio.coloured, phone?.ratio.coloured <= 0.6, vs(phone?.atlas.coloured, phone?.timelinejs.slide)),
  budget('… moonshot ≤ 0.5×', 0.5, 'ratio', phone?.ratio.coloured, phone?.ratio.coloured <= 0.5, vs(phone?.atlas.coloured, phone?.timelinejs.slide)),
  budget('Desktop: the coloured map ≤ 0.5× TimelineJS\'s first slide', 0.5, 'ratio', desk?.ratio.coloured, desk?.ratio.coloured <= 0.5, vs(desk?.atlas.coloured, desk?.timelinejs.slide)),
  budget('Slider step p95 ≤ 16.7 ms with the CPU 4× slower, real data (worst of keys, Home/End, drags)', FRAME_MS, 'ms', worst(real4), worst(real4) <= FRAME_MS),
  budget('Slider step p95 ≤ 16.7 ms with the CPU 4× slower, 10,000 events (worst of keys, Home/End, drags)', FRAME_MS, 'ms', worst(big?.steps), worst(big?.steps) <= FRAME_MS, big ? null : 'not measured (--quick)'),
  budget(`Heap growth < 1 MB over ${N.changes.toLocaleString('en')} changes (JS heap + wasm memory)`, 1000000, 'B', memGrowth, memGrowth < 1000000),
];
result.notes = notes;

// --- Markdown --------------------------------------------------------------------------------------------------

const x2 = (v) => (v == null ? '–' : `${v.toFixed(2)}×`);
const row = (cells) => `| ${cells.join(' | ')} |`;
const head = (cells, align) => [row(cells), row(align.map((a) => (a === 'r' ? '---:' : '---')))].join('\n');
const pf = (p) => (p == null ? '–' : p ? 'pass' : '**fail**');
const fmtBudget = (b) =>
  b.measured == null ? b.detail ?? 'not measured' : b.unit === 'B' ? kB(b.measured) : b.unit === 'ms' ? ms(b.measured) : `${x2(b.measured)}${b.detail ? ` (${b.detail})` : ''}`;
const fmtLimit = (b) => (b.unit === 'B' ? kB(b.limit) : b.unit === 'ms' ? ms(b.limit) : `${b.limit}×`);
const m = result.meta;
const stepRow = (name, s, limit) =>
  s ? row([name, s.n, ms(s.median), ms(s.p95), ms(s.max), ms(s.script.median), ms(s.style.median), ms(s.layout.median), limit == null ? '' : pf(s.p95 <= limit)]) : row([name, '–', '–', '–', '–', '–', '–', '–', '']);
const loadRow = (name, s, f = ms) => (s ? row([name, s.n, f(s.median), f(s.min), f(s.p25), f(s.p75), f(s.max)]) : row([name, '–', '–', '–', '–', '–', '–']));
const sizeRow = (name, s) => (s ? row([name, s.wire == null ? '' : kB(s.wire), kB(s.raw), kB(s.gzip), kB(s.brotli)]) : row([name, '–', '–', '–', '–']));
const scales = Object.values(result.scale);

const lines = [];
const out = (...l) => lines.push(...l);
out(`# Benchmark${QUICK ? ' (quick run: fewer iterations, no synthetic data sets)' : ''}`, '');
out(`- Date: ${m.date} · revision \`${m.revision}\``);
out(`- Machine: ${m.machine.cpu}, ${m.machine.cores} cores, ${m.machine.memoryGiB} GiB; load average (1/5/15 min) ${m.machine.loadAverageAtStart.join(' / ')} at start, ${m.machine.loadAverageAtEnd.join(' / ')} at end`);
out(`- Browser: ${m.browser}; Node ${m.node}`);
out(`- Profiles: **desktop** (${profileText(PROFILES.desktop)}); **school phone** (${profileText(PROFILES.phone)}: CDP \`Network.emulateNetworkConditions\` and \`Emulation.setCPUThrottlingRate\`).`);
out(`- Served by \`scripts/static-server.mjs\` with brotli (quality 11, \`Content-Encoding: br\`) for both pages, as any real host serves them.`);
out(`- Run: ${m.runSeconds} s of measuring${Object.keys(m.buildSeconds).length ? `; builds ${Object.entries(m.buildSeconds).map(([k, v]) => `${k} ${v} s`).join(', ')}` : ''}. Units: ${m.units}.`);

out('', '## Headline: the atlas against TimelineJS showing the same events, same run', '');
out(head(['', 'desktop', 'school phone'], ['l', 'r', 'r']));
const ratioCell = (f, key) => (f ? `${x2(f.ratio[key])} (${ms(f.atlas[key]?.median)} vs ${ms(f.timelinejs.slide?.median)})` : '–');
out(row(["the map's outline on screen / TimelineJS's first slide (medians)", ratioCell(desk, 'outline'), ratioCell(phone, 'outline')]));
out(row(['the coloured map / TimelineJS\'s first slide', ratioCell(desk, 'coloured'), ratioCell(phone, 'coloured')]));
const bytesCell = (f) => (f ? `${kB(f.atlas.bytesBefore?.median)} (TimelineJS before its first slide: ${kB(f.timelinejs.bytesBefore?.median)})` : '–');
out(row(['bytes on the wire before the coloured map', bytesCell(desk), bytesCell(phone)]));
const totalCell = (f) => (f ? `${kB(f.atlas.bytesTotal?.median)} / ${kB(f.timelinejs.bytesTotal?.median)} = ${x2(f.atlas.bytesTotal && f.timelinejs.bytesTotal ? f.atlas.bytesTotal.median / f.timelinejs.bytesTotal.median : null)}` : '–');
out(row(['whole first load on the wire, atlas / TimelineJS', totalCell(desk), totalCell(phone)]));
const s1 = result.steps.cpu1x;
const s4 = result.steps.cpu4x;
const stepCell = (s) => (s?.ratio ? `${x2(s.ratio.median)} (p95 ${x2(s.ratio.p95)})` : '–');
out(row(['one slider year / TimelineJS next event (step script + style + layout, median)', stepCell(s1), `${stepCell(s4)} (CPU 4×)`]));

out('', '## Budgets', '');
out(head(['budget', 'limit', 'measured', 'result'], ['l', 'r', 'r', 'l']));
for (const b of result.budgets) out(row([b.budget, fmtLimit(b), fmtBudget(b), pf(b.pass)]));

if (fl.desktop || fl.phone) {
  out('', '## First load: cold loads, cache disabled, the two pages alternating', '');
  out('Times from navigation start to the first animation frame (which then paints) in which it shows on screen: the map\'s outline (the page\'s static outline `[data-testid="map-outline"]` if there is one, else the first region path), the coloured map (a region with its `data-controller`), TimelineJS\'s first slide (a slide headline with text). Bytes: the page\'s resource timing (`transferSize`: compressed body and headers), before the coloured map (TimelineJS: its first slide) and for the whole first load (until the network is quiet for 1 s).', '');
  out(head(['profile · page · measure', 'loads', 'median', 'min', 'p25', 'p75', 'max'], ['l', 'r', 'r', 'r', 'r', 'r', 'r']));
  for (const p of Object.values(PROFILES)) {
    const f = fl[p.key];
    if (!f) continue;
    out(loadRow(`${p.label} · atlas · map's outline`, f.atlas.outline));
    out(loadRow(`${p.label} · atlas · coloured map`, f.atlas.coloured));
    out(loadRow(`${p.label} · TimelineJS · first slide`, f.timelinejs.slide));
    out(loadRow(`${p.label} · atlas · bytes before the coloured map`, f.atlas.bytesBefore, kB));
    out(loadRow(`${p.label} · TimelineJS · bytes before its first slide`, f.timelinejs.bytesBefore, kB));
    out(loadRow(`${p.label} · atlas · whole first load`, f.atlas.bytesTotal, kB));
    out(loadRow(`${p.label} · TimelineJS · whole first load`, f.timelinejs.bytesTotal, kB));
  }
  for (const s of scales.filter((s) => s.firstLoad)) {
    for (const p of Object.values(PROFILES)) {
      const f = s.firstLoad[p.key];
      if (!f) continue;
      out(loadRow(`${p.label} · ${s.events.toLocaleString('en')} synthetic events · coloured map`, f.coloured));
      out(loadRow(`${p.label} · ${s.events.toLocaleString('en')} synthetic events · bytes before the coloured map`, f.bytesBefore, kB));
    }
  }
}

if (result.bytes) {
  const b = result.bytes;
  out('', '## Bytes of the first load (desktop; every response, recorded from the network)', '');
  out(head(['asset', 'on the wire', 'raw', 'gzip -9', 'brotli 11'], ['l', 'r', 'r', 'r', 'r']));
  for (const a of b.atlas.assets) out(sizeRow(`\`${a.url}\``, a));
  out(sizeRow('**atlas, whole first load**', b.atlas.total));
  out(sizeRow('atlas: the wasm alone', b.wasm));
  out(sizeRow('atlas: the data (data/*.toml)', b.data.total));
  if (b.packedData) out(sizeRow('atlas: the data\'s language-neutral core, packed into the wasm (atlas.bin)', b.packedData));
  for (const t of b.texts ?? []) out(sizeRow(`atlas: the ${t.lang === 'zh' ? 'Chinese' : 'English'} texts, fetched when needed (\`${t.file}\`)`, t));
  for (const a of b.timelinejs.assets) out(sizeRow(`TimelineJS: \`${a.url.replace('/node_modules/@knight-lab/timelinejs/dist', '…')}\``, a));
  out(sizeRow('**TimelineJS page, whole first load**', b.timelinejs.total));
  out('', `Ratio atlas / TimelineJS (brotli): **${x2(b.ratio)}**. After the load, the atlas's service worker fetched ${b.atlas.serviceWorkerRequests.length} more request(s) for its offline cache (not counted: ${b.atlas.serviceWorkerRequests.map((u) => `\`${u}\``).join(', ') || 'none'}); a response of 0 kB on the wire above came from that cache.`);
}

if (result.sizeReport) {
  const items = result.sizeReport.items ?? result.sizeReport;
  out('', '## Where the wasm\'s bytes are: `twiggy top -n 20` (a build with symbol names, otherwise the release build)', '');
  out(head(['item', 'shallow size', 'share'], ['l', 'r', 'r']));
  for (const it of items.slice(0, 20)) {
    const name = String(it.name).replace(/\|/g, '\\|');
    out(row([`\`${name.length > 110 ? name.slice(0, 107) + '…' : name}\``, kB(it.shallow_size), `${Number(it.shallow_size_percent).toFixed(2)} %`]));
  }
}

out('', '## Cost of one date change (script + style + layout, CDP `Performance.getMetrics` deltas)', '');
out(`Each change starts from rest (the deferred completion of the change before has happened) and pays for the slider starting to move: metrics, the change, wait until \`date-display\` shows the new date plus one frame (rAF, then a task), metrics. Time domain \`${TIME_DOMAIN}\`: CPU time of the renderer's main thread. With the CPU 4× slower (\`Emulation.setCPUThrottlingRate\`) the same work measures about 4× as long. Budget: one frame at 60 Hz (16.7 ms) with the CPU 4× slower.`, '');
out(head(['change', 'n', 'median', 'p95', 'max', 'script (median)', 'style (median)', 'layout (median)', 'p95 ≤ 16.7 ms'], ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']));
const atlasStepRows = (s, label, budgeted) => {
  if (!s) return;
  const limit = budgeted ? FRAME_MS : null;
  out(stepRow(`${label}: ←/→ one year (keyboard)`, s.keys, limit));
  out(stepRow(`${label}: Home/End, 1917 ↔ 1991 (keyboard)`, s.jumps, limit));
  out(stepRow(`${label}: pointer drag (down, move, up) to a random year`, s.drags, limit));
  if (s.rests) out(stepRow(`${label}: the cards and the status table, 150 ms after the slider rests (not a step: deferred)`, s.rests, null));
  out(stepRow(`${label}: no change (the cost of measuring)`, s.baseline, null));
};
atlasStepRows(s4?.atlas, 'atlas, CPU 4×', true);
for (const s of scales.filter((s) => s.steps)) atlasStepRows(s.steps, `${s.events.toLocaleString('en')} events, CPU 4×`, true);
atlasStepRows(s1?.atlas, 'atlas, full CPU', false);
for (const [label, s] of [['CPU 4×', s4], ['full CPU', s1]]) {
  if (s?.timelinejs?.next) out(stepRow(`TimelineJS, ${label}: next/previous event (\`goToNext\`, animation off)`, s.timelinejs.next, null));
  if (s?.timelinejs?.nextAnimated) out(stepRow(`TimelineJS, ${label}: next/previous event with its 1 s animation (whole transition)`, s.timelinejs.nextAnimated, null));
}

if (mem) {
  out('', `## Memory over ${mem.changes.toLocaleString('en')} date changes (keyboard ←/→, after forced GC)`, '');
  out(head(['after changes', 'JS heap used', 'wasm memory', 'DOM nodes', 'event listeners'], ['r', 'r', 'r', 'r', 'r']));
  for (const s of mem.samples) out(row([s.changes.toLocaleString('en'), kB(s.jsHeapUsed), kB(s.wasmMemory), s.domNodes, s.listeners]));
  out(row(['**growth**', kB(mem.growth.jsHeapUsed), kB(mem.growth.wasmMemory), mem.growth.domNodes, mem.growth.listeners]));
  out(row([`growth after the first ${mem.growthAfterWarmUp.from.toLocaleString('en')}`, kB(mem.growthAfterWarmUp.jsHeapUsed), kB(mem.growthAfterWarmUp.wasmMemory), '', '']));
  const pm = result.memory.timelinejsAfterLoad;
  if (pm) out('', `After load: atlas JS heap ${kB(mem.samples[0].jsHeapUsed)} + wasm memory ${kB(mem.samples[0].wasmMemory)}, ${mem.samples[0].domNodes} DOM nodes; TimelineJS JS heap ${kB(pm.jsHeapUsed)}, ${pm.domNodes} DOM nodes.`);
}

if (scales.length) {
  out('', '## Scale: synthetic data sets (bench/gen-synthetic.mjs)', '');
  out(head(['events', 'data TOML raw / brotli', 'core packed raw', 'texts brotli (zh / en)', 'wasm raw / brotli', 'coloured map, desktop / school phone', '←/→ p95 (4×)', 'Home/End p95 (4×)', 'drag p95 (4×)'], ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
  const txt = (t) => (t?.length ? t.map((x) => kB(x.brotli)).join(' / ') : '–');
  const scaleRow = (name, s) =>
    row([name, `${kB(s.data?.raw)} / ${kB(s.data?.brotli)}`, kB(s.packedData?.raw), txt(s.texts), `${kB(s.wasm?.raw)} / ${kB(s.wasm?.brotli)}`, `${ms(s.firstLoad?.desktop?.coloured?.median)} / ${ms(s.firstLoad?.phone?.coloured?.median)}`, ms(s.steps?.keys.p95), ms(s.steps?.jumps.p95), ms(s.steps?.drags.p95)]);
  out(scaleRow('94 (real)', { data: result.bytes?.data.total, packedData: result.bytes?.packedData, texts: result.bytes?.texts, wasm: result.bytes?.wasm, firstLoad: { desktop: desk?.atlas, phone: phone?.atlas }, steps: real4 }));
  for (const s of scales) out(scaleRow(s.events.toLocaleString('en'), s));
}

out('', '## Notes', '');
out(`- Off-origin requests: atlas ${result.offOrigin.atlas.length}, TimelineJS page ${result.offOrigin.timelinejs.length}.`);
for (const n of notes) out(`- ${n}`);
const tlVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench/node_modules/@knight-lab/timelinejs/package.json'), 'utf8')).version;
out(`- TimelineJS ${tlVersion} from bench/node_modules, showing the same ${peerJson.events.length} events (English), \`font: null\`, no analytics. Budgets are reported, never enforced.`);
const md = lines.join('\n') + '\n';

fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'latest.md'), md);
console.log(md);
log(`wrote ${path.join(OUT, 'latest.json')} and latest.md`);
