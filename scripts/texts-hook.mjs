// Trunk post-build hook (Trunk.toml). Trunk writes an index.html that needs inline script; this makes the staged
// dist/ run under the page's Content Security Policy (index.html's <meta http-equiv="Content-Security-Policy">:
// no inline script, no inline style):
//
// 1. puts this build's text files (one per language, written by build.rs beside the cargo profile's build folder)
//    into dist/ and names them in its index.html (`<script type="application/json" id="atlas-texts">`, data, not
//    script), where the page's loader and the service worker read them;
// 2. puts the powers' colours (`palette-<hash>.css`, written by build.rs from the data) into dist/ and links it
//    after the other stylesheets (the app used to write it as a <style> element at run time);
// 3. copies the page's start-up helpers (public/boot.js: the texts loader, the service worker, the height
//    message, the "cannot start" message) as `boot-<hash>.js` and points the page's <script data-atlas-boot> at it;
// 4. moves Trunk's inline start-up module (`import init …; await init(…)`) into `start-<hash>.js`, loaded with
//    <script type="module" src>, and makes it report a failed start to the page (window.atlasStartFailed).
//
// A build of broken data has no text files and no palette: the page then names none (the app shows the data
// errors). A debug build (`trunk serve`) drops the policy: Trunk's live reload is an inline script.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging || !profile) {
  console.error('texts-hook: run by Trunk as a post_build hook (TRUNK_STAGING_DIR and TRUNK_PROFILE unset)');
  process.exit(1);
}
function fail(message) {
  console.error(`texts-hook: ${message}`);
  process.exit(1);
}
/** A 16-digit hex hash of a file's text, as Trunk names its assets (the service worker caches such names for good). */
const hashOf = (text) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

const target = path.resolve(process.env.CARGO_TARGET_DIR || 'target');
const dir = path.join(target, 'wasm32-unknown-unknown', profile, 'atlas-texts');
if (!fs.existsSync(dir)) {
  fail(`${dir} is missing; build.rs writes it (\`cargo clean -p japan-soviet-atlas\` reruns it)`);
}
const files = {};
let palette = null;
for (const name of fs.readdirSync(dir)) {
  const m = name.match(/^atlas-[0-9a-f]{16}\.(zh|en)\.bin$/);
  if (m) {
    if (files[m[1]]) fail(`two text files for ${m[1]} in ${dir}`);
    fs.copyFileSync(path.join(dir, name), path.join(staging, name));
    files[m[1]] = `./${name}`;
  } else if (/^palette-[0-9a-f]{16}\.css$/.test(name)) {
    if (palette) fail(`two palettes in ${dir}`);
    fs.copyFileSync(path.join(dir, name), path.join(staging, name));
    palette = `./${name}`;
  }
}
const index = path.join(staging, 'index.html');
let html = fs.readFileSync(index, 'utf8');

// 1. The texts.
const placeholder = /(<script type="application\/json" id="atlas-texts">)[^<]*(<\/script>)/;
if (!placeholder.test(html)) fail('index.html has no <script type="application/json" id="atlas-texts"> to fill');
html = html.replace(placeholder, (_, open, close) => `${open}${JSON.stringify(files)}${close}`);

// 2. The palette, after the last stylesheet.
if (palette) {
  const sheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)];
  if (!sheets.length) fail('index.html links no stylesheet to put the palette after');
  const last = sheets.at(-1);
  const at = last.index + last[0].length;
  html = `${html.slice(0, at)}\n    <link rel="stylesheet" href="${palette}" />${html.slice(at)}`;
}

// 3. The start-up helpers.
const bootRe = /<script\b[^>]*\bdata-atlas-boot\b[^>]*><\/script>/;
if (!bootRe.test(html)) fail('index.html has no <script data-atlas-boot src="public/boot.js"></script>');
const boot = fs.readFileSync(path.join(ROOT, 'public/boot.js'), 'utf8');
const bootName = `boot-${hashOf(boot)}.js`;
fs.writeFileSync(path.join(staging, bootName), boot);
html = html.replace(bootRe, () => `<script src="./${bootName}"></script>`);

// 4. Trunk's start-up module, as a file.
const modules = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (modules.length !== 1) fail(`expected one inline module script from Trunk, found ${modules.length}`);
const [moduleTag, startup] = modules[0];
const initRe = /const wasm = await init\(([^;]*)\);/;
if (!initRe.test(startup)) fail('Trunk\'s start-up script has no `const wasm = await init(…);`');
const start =
  '// The start-up module (Trunk writes it inline; scripts/texts-hook.mjs moves it into this file for the page\'s\n' +
  '// Content Security Policy). A failed start is reported to the page (public/boot.js shows a message).\n' +
  startup
    .trim()
    .replace(
      initRe,
      (_, args) =>
        `let wasm;\ntry {\n  wasm = await init(${args});\n} catch (error) {\n` +
        `  if (typeof window.atlasStartFailed === 'function') window.atlasStartFailed(error);\n  throw error;\n}`,
    )
    .replace(/\n{3,}/g, '\n') +
  '\n';
const startName = `start-${hashOf(start)}.js`;
fs.writeFileSync(path.join(staging, startName), start);
html = html.replace(moduleTag, () => `<script type="module" src="./${startName}"></script>`);

// The policy: the release ships it; Trunk's live reload (debug builds) is an inline script.
const cspRe = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/;
if (!cspRe.test(html)) fail('index.html has no <meta http-equiv="Content-Security-Policy">');
if (profile !== 'release') {
  html = html.replace(cspRe, '');
} else {
  if (/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/.test(html)) fail('an inline script is left in index.html');
  if (/\sstyle="/.test(html)) fail('a style attribute is left in index.html');
}

fs.writeFileSync(index, html);
