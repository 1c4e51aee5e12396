// Converts the atlas's events (data/events.toml, or DATA_DIR/events.toml) into TimelineJS JSON, in English, for
// the peer page bench/timelinejs/index.html. Every event becomes one slide: date (or range), title, summary, and
// the note where the sources disagree; the category becomes the TimelineJS group.
//
// Usage: node bench/timelinejs-data.mjs [DATA_DIR] [OUT_FILE]
//        (defaults: data/ and bench/timelinejs/events.json)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "1945", "1945-08" or "1945-08-09" as a TimelineJS date object. */
function tlDate(s) {
  const [year, month, day] = s.split('-').map((p) => String(Number(p)));
  const d = { year };
  if (month) d.month = month;
  if (day) d.day = day;
  return d;
}

export function convert(dataDir = path.join(ROOT, 'data')) {
  const doc = parse(fs.readFileSync(path.join(dataDir, 'events.toml'), 'utf8'));
  const events = (doc.event || []).map((e) => {
    const [start, end] = e.date.split('/');
    const slide = {
      unique_id: e.id,
      start_date: tlDate(start),
      text: {
        headline: esc(e.title.en),
        text: `<p>${esc(e.summary.en)}</p>` + (e.note ? `<p><em>${esc(e.note.en)}</em></p>` : ''),
      },
      group: e.category,
    };
    if (end) slide.end_date = tlDate(end);
    return slide;
  });
  return { events };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = path.resolve(process.argv[2] || path.join(ROOT, 'data'));
  const out = path.resolve(process.argv[3] || path.join(HERE, 'timelinejs', 'events.json'));
  const json = convert(dataDir);
  fs.writeFileSync(out, JSON.stringify(json));
  console.log(`wrote ${json.events.length} TimelineJS events to ${path.relative(process.cwd(), out) || out}`);
}
