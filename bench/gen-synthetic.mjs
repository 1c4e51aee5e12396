// Writes a complete synthetic data folder for the benchmark: data/atlas.toml, regions.toml, points.toml,
// control.toml, names.toml and railways.toml copied unchanged, and an events.toml with N valid events (unique ids,
// real dates spread over 1917–1991 at day / month / year precision and some ranges, categories from data/SCHEMA.md,
// places from the
// existing region and point ids, both languages non-empty, `sources = [{ src = "en" }]`, one `key = true` per year).
// Deterministic: the same N gives the same file.
//
// Usage: node bench/gen-synthetic.mjs N [OUT_DIR]      (OUT_DIR defaults to /tmp/atlas-bench-data-N)
// Check it: ATLAS_DATA_DIR=OUT_DIR cargo test -p atlas-core --test shipped_data the_shipped_data_validates
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { rng } from './rng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'data');
const COPIED = ['atlas.toml', 'regions.toml', 'points.toml', 'control.toml', 'names.toml', 'railways.toml'];
// Every category of data/SCHEMA.md that belongs inside 1917–1991 ("context" is before, "epilogue" after).
const CATEGORIES = ['war', 'treaty', 'occupation', 'territory', 'diplomacy', 'economy', 'espionage', 'politics'];
const FIRST_YEAR = 1917;
const LAST_YEAR = 1991;

const pad = (n, w = 2) => String(n).padStart(w, '0');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** TOML basic string. */
const str = (s) => JSON.stringify(s);

const EN_WORDS = (
  'the delegation frontier treaty fishery concession garrison railway consulate envoy protocol border ' +
  'negotiation army navy island harbour ministry conference agreement incident commission trade talks ' +
  'council settlement ceasefire withdrawal occupation exchange prisoners coal oil timber Sakhalin Kurils ' +
  'Vladivostok Manchuria Tokyo Moscow Harbin Korea declared signed recalled protested opened closed'
).split(' ');
const ZH_CHARS = '日苏两国代表团边界条约渔业租让驻军铁路领事使节议定书谈判陆军海军岛屿港口外交部会议协定事件委员会贸易停火撤军占领交换战俘煤炭石油木材库页岛千岛群岛海参崴满洲东京莫斯科哈尔滨朝鲜宣布签署召回抗议开放关闭';

function sentence(rand, words) {
  const n = words;
  const out = [];
  for (let i = 0; i < n; i++) out.push(EN_WORDS[Math.floor(rand() * EN_WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out.join(' ') + '.';
}
function zhSentence(rand, chars) {
  let s = '';
  for (let i = 0; i < chars; i++) s += ZH_CHARS[Math.floor(rand() * ZH_CHARS.length)];
  return s + '。';
}

/** A random date of `year` as the data format writes it, and its first day (for sorting). */
function randomWhen(rand, year) {
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * daysIn(year, m));
  const r = rand();
  const sortKey = `${year}-${pad(m)}-${pad(d)}`;
  if (r < 0.08) return { date: `${year}`, sortKey: `${year}-01-01` };
  if (r < 0.25) return { date: `${year}-${pad(m)}`, sortKey: `${year}-${pad(m)}-01` };
  if (r < 0.35) {
    // A range of a few days to a few months, ending by the end of 1991.
    const start = new Date(Date.UTC(year, m - 1, d));
    const end = new Date(start.getTime() + (1 + Math.floor(rand() * 120)) * 86400000);
    const endYear = Math.min(end.getUTCFullYear(), LAST_YEAR);
    const endStr =
      end.getUTCFullYear() > LAST_YEAR
        ? `${LAST_YEAR}-12-31`
        : `${endYear}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
    return { date: `${sortKey}/${endStr}`, sortKey };
  }
  return { date: sortKey, sortKey };
}

export function generate(n, outDir) {
  const rand = rng(0x5eed + n);
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of COPIED) fs.copyFileSync(path.join(DATA, f), path.join(outDir, f));

  const regions = (parse(fs.readFileSync(path.join(DATA, 'regions.toml'), 'utf8')).region || []).map((r) => r.id);
  const points = (parse(fs.readFileSync(path.join(DATA, 'points.toml'), 'utf8')).point || []).map((p) => p.id);
  const places = [...regions, ...points];
  if (places.length === 0) throw new Error('no region or point ids in data/');

  const years = LAST_YEAR - FIRST_YEAR + 1;
  const events = [];
  for (let i = 0; i < n; i++) {
    // Spread evenly over the years (every year gets events), with the order within a year random.
    const year = FIRST_YEAR + Math.floor((i * years) / n);
    const when = randomWhen(rand, year);
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
    const nPlaces = 1 + Math.floor(rand() * 3);
    const ps = new Set();
    while (ps.size < nPlaces) ps.add(places[Math.floor(rand() * places.length)]);
    events.push({ id: `syn-${pad(i + 1, 5)}`, year, ...when, category, places: [...ps] });
  }
  events.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1));

  const keyed = new Set();
  const out = [
    `# Synthetic events for the benchmark (${n} events), written by bench/gen-synthetic.mjs. Not history.`,
    '',
  ];
  // The real events file also declares sources that other files cite (names.toml): they stay.
  const realSources = parse(fs.readFileSync(path.join(DATA, 'events.toml'), 'utf8')).source || [];
  for (const s of realSources) {
    out.push('[[source]]', `id = ${str(s.id)}`, `title = { zh = ${str(s.title.zh)}, en = ${str(s.title.en)} }`);
    if (s.url) out.push(`url = ${str(s.url)}`);
    out.push('');
  }
  for (const e of events) {
    out.push('[[event]]');
    out.push(`id = ${str(e.id)}`);
    out.push(`date = ${str(e.date)}`);
    out.push(`category = ${str(e.category)}`);
    out.push(`places = [${e.places.map(str).join(', ')}]`);
    if (!keyed.has(e.year)) {
      keyed.add(e.year);
      out.push('key = true');
    }
    const num = e.id.slice(4);
    out.push(`title = { zh = ${str(`合成事件 ${num}：${zhSentence(rand, 8).slice(0, -1)}`)}, en = ${str(`Synthetic event ${num}: ${sentence(rand, 6).slice(0, -1)}`)} }`);
    // About as long as the real summaries: two or three sentences.
    const sentences = 2 + Math.floor(rand() * 2);
    const en = Array.from({ length: sentences }, () => sentence(rand, 10 + Math.floor(rand() * 10))).join(' ');
    const zh = Array.from({ length: sentences }, () => zhSentence(rand, 20 + Math.floor(rand() * 15))).join('');
    out.push(`summary = { zh = ${str(zh)}, en = ${str(en)} }`);
    if (rand() < 0.4) {
      out.push(`note = { zh = ${str(zhSentence(rand, 30))}, en = ${str(sentence(rand, 22))} }`);
    }
    out.push('sources = [{ src = "en" }]');
    out.push('');
  }
  fs.writeFileSync(path.join(outDir, 'events.toml'), out.join('\n'));
  return { dir: outDir, events: events.length, keyYears: keyed.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: node bench/gen-synthetic.mjs N [OUT_DIR]');
    process.exit(2);
  }
  const dir = path.resolve(process.argv[3] || `/tmp/atlas-bench-data-${n}`);
  const r = generate(n, dir);
  console.log(`wrote ${r.events} synthetic events (${r.keyYears} key events) and the other data files to ${r.dir}`);
}
