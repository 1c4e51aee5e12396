// The single-file build: one self-contained HTML file for a USB stick, an LMS upload or an <iframe srcdoc>, made
// from the release build in dist/ (run `trunk build --release` first). It is exempt from the page's Content
// Security Policy where it must inline, and drops it: the stylesheets (the palette too) become <style> elements,
// the start-up helpers (boot.js) an inline script,
// the wasm-bindgen glue is inlined into Trunk's start-up module script, the wasm (which holds the data without its
// texts) is inlined as base64 and handed to the glue's init() as bytes, and both languages' texts are inlined as
// base64 for the page's text loader: the file makes no request at all, so it works from file://, from any path,
// and in a sandboxed iframe with an opaque origin.
//
// Usage: node scripts/build-single.mjs [dist-dir] [out-dir]     (defaults: dist, dist-single)
// Writes <out-dir>/japan-soviet-atlas.html and prints its size (raw and gzip).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SINGLE_NAME = 'japan-soviet-atlas.html';

function fail(message) {
  throw new Error(`build-single: ${message}`);
}

/** Text that is safe inside an HTML <script> or <style> element (no early end tag, no comment-like opener). */
function scriptSafe(js) {
  return js.replace(/<(\/?script|!--)/gi, '\\x3C$1');
}

function styleSafe(css) {
  if (/<\/style/i.test(css)) fail('a stylesheet contains "</style"');
  return css;
}

/**
 * The glue module as an expression: its top level wrapped in a function (so none of its names can clash with
 * the start-up script's), its exports returned as an object standing in for the module namespace.
 */
function glueAsExpression(glue) {
  const exported = [];
  let body = glue
    .replace(/^export\s+(?:async\s+)?(function\*?|class|const|let|var)\s+([\w$]+)/gm, (m, kind, name) => {
      exported.push([name, name]);
      return m.replace(/^export\s+/, '');
    })
    .replace(/^export\s*\{([^}]*)\};?\s*$/gm, (m, list) => {
      for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
        const [local, as = local] = item.split(/\s+as\s+/);
        exported.push([as.trim(), local.trim()]);
      }
      return '';
    });
  if (/^\s*(export|import)\s/m.test(body)) fail('the glue has an import or export this script does not understand');
  if (!exported.some(([name]) => name === 'default')) fail('the glue has no default export (init)');
  const entries = exported.map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
  return `(() => {\n${body}\nreturn Object.freeze({ __proto__: null, ${entries} });\n})()`;
}

export function buildSingle({ dist = path.join(ROOT, 'dist'), out = path.join(ROOT, 'dist-single'), quiet = false } = {}) {
  const indexPath = path.join(dist, 'index.html');
  if (!fs.existsSync(indexPath)) fail(`${indexPath} is missing: run \`trunk build --release\` first`);
  let html = fs.readFileSync(indexPath, 'utf8');
  const local = (href) => {
    const file = path.join(dist, decodeURIComponent(href.replace(/^\.?\//, '')));
    if (!fs.existsSync(file)) fail(`${href} is named by index.html but missing from ${dist}`);
    return file;
  };

  // 0. The Content Security Policy goes: this file is exempt, it must inline its script and styles (a host that
  //    serves it under a strict policy needs the normal build; see the README).
  html = html.replace(
    /<meta http-equiv="Content-Security-Policy"[^>]*>/,
    '<!-- No Content Security Policy: the single-file build inlines its script and styles (README). -->',
  );

  // 1. The start-up module (scripts/texts-hook.mjs moved Trunk's into a file):
  //    `import init, * as bindings from './x.js'; … await init({ module_or_path: './x_bg.wasm' })`.
  const moduleRe = /<script type="module" src="([^"]+)"><\/script>/g;
  const modules = [...html.matchAll(moduleRe)];
  if (modules.length !== 1) fail(`expected one module script in index.html, found ${modules.length}`);
  const [moduleTag, startHref] = modules[0];
  const startup = fs.readFileSync(local(startHref), 'utf8');
  const importRe = /import\s+init\s*,\s*\*\s*as\s+bindings\s+from\s+(['"])([^'"]+\.js)\1\s*;?/;
  const importMatch = startup.match(importRe);
  if (!importMatch) fail('the module script does not import the glue as `import init, * as bindings from …`');
  const wasmRe = /module_or_path\s*:\s*(['"])([^'"]+\.wasm)\1/;
  const wasmMatch = startup.match(wasmRe);
  if (!wasmMatch) fail('the module script does not call init({ module_or_path: "….wasm" })');
  const glue = fs.readFileSync(local(importMatch[2]), 'utf8');
  const wasm = fs.readFileSync(local(wasmMatch[2]));
  if (!WebAssembly.validate(wasm)) fail(`${wasmMatch[2]} is not valid WebAssembly`);

  const wasmBytes = `((b64) => {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
})("${wasm.toString('base64')}")`;
  const newStartup = startup
    .replace(importRe, `const bindings = ${glueAsExpression(glue)};\nconst init = bindings.default;`)
    .replace(wasmRe, `module_or_path: ${wasmBytes}`);
  html = html.replace(moduleTag, () => `<script type="module">${scriptSafe(newStartup)}</script>`);

  // 1b. The start-up helpers (public/boot.js) inline, as a classic script.
  const bootRe = /<script src="(\.\/boot-[0-9a-f]{16}\.js)"><\/script>/;
  const bootMatch = html.match(bootRe);
  if (!bootMatch) fail('index.html has no <script src="./boot-<hash>.js">');
  html = html.replace(bootRe, () => `<script>${scriptSafe(fs.readFileSync(local(bootMatch[1]), 'utf8'))}</script>`);

  // 2. Both languages' texts (fetched one at a time by the normal build) go into the page as base64, for the page's
  //    loader (`window.atlasTexts`, index.html).
  const textsRe = /(<script type="application\/json" id="atlas-texts">)([^<]*)(<\/script>)/;
  const textsMatch = html.match(textsRe);
  if (!textsMatch) fail('index.html has no <script type="application/json" id="atlas-texts">');
  const named = JSON.parse(textsMatch[2]);
  if (!named.zh || !named.en) fail('index.html names no texts for both languages (was the build\'s post_build hook run?)');
  const texts = Object.fromEntries(
    Object.entries(named).map(([lang, href]) => [lang, { base64: fs.readFileSync(local(href)).toString('base64') }]),
  );
  html = html.replace(textsRe, (m, open, _, close) => `${open}${JSON.stringify(texts)}${close}`);

  // 3. Stylesheets become <style> (print.css keeps its own @media print).
  html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (!href || /^[a-z]+:/i.test(href)) fail(`cannot inline stylesheet ${tag}`);
    const media = tag.match(/\bmedia="([^"]+)"/)?.[1];
    const css = styleSafe(fs.readFileSync(local(href), 'utf8'));
    return `<style${media ? ` media="${media}"` : ''}>\n${css}</style>`;
  });

  // 4. No preloads (nothing to load), no service worker (nothing to cache; boot.js reads <meta name="atlas-sw">).
  html = html.replace(/<link\b[^>]*\brel="(?:modulepreload|preload|prefetch)"[^>]*>/g, '');
  html = html.replace(/\s*<meta name="atlas-sw"[^>]*>/g, '');
  html = html.replace(/<html\b([^>]*)>/, (m, attrs) => `<html${attrs} data-build="single-file">`);
  html = html.replace(
    /<head>/,
    `<head>\n    <!-- Japan and the Soviet Union, 1917–1991: single-file build (styles, program and data inlined). -->`,
  );

  // 5. Nothing may still point at a file.
  const leftovers = [...html.matchAll(/<(?:link|script|img|source|iframe)\b[^>]*\b(?:href|src)="(?!data:)([^"]*)"/g)];
  if (leftovers.length) fail(`still refers to: ${leftovers.map((m) => m[1]).join(', ')}`);
  if (/<meta name="atlas-sw"/.test(html)) fail('the service worker registration is still enabled');
  if (/\.bin"/.test(html.match(textsRe)[2])) fail('the texts still name a file');

  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, SINGLE_NAME);
  fs.writeFileSync(file, html);
  const raw = Buffer.byteLength(html);
  const gzip = zlib.gzipSync(html, { level: 9 }).length;
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
    console.log(
      `${path.relative(process.cwd(), file) || file}: ${kb(raw)} raw, ${kb(gzip)} gzip ` +
        `(wasm ${kb(wasm.length)}, glue ${kb(glue.length)})`,
    );
  }
  return { file, raw, gzip };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, out] = process.argv.slice(2);
  try {
    buildSingle({ dist: dist && path.resolve(dist), out: out && path.resolve(out) });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
