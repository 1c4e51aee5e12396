// A tiny static file server for the built app (dist/), used by `run`, the e2e tests and the benchmark.
// Usage: node scripts/static-server.mjs [dir] [port] [host] [--brotli]   (prints the URL when ready)
//
// With `brotli` (the benchmark's choice, as any real host does), text and wasm files go out brotli-compressed
// (quality 11, `Content-Encoding: br`) to clients that accept it; each file is compressed once, and
// `precompress()` does all of a folder's files up front so that no timed load waits for the compressor.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

// Formats that are compressed already gain nothing from brotli.
const INCOMPRESSIBLE = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.woff', '.woff2', '.gz', '.br', '.zip']);

const compressed = new Map(); // file -> { mtimeMs, size, body }

function brotliOf(file, body, stat) {
  const hit = compressed.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.body;
  const br = zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  compressed.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, body: br });
  return br;
}

/** Compress every compressible file under `dir` now (the benchmark calls this before it times anything). */
export function precompress(dir) {
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.isFile() && !INCOMPRESSIBLE.has(path.extname(f))) brotliOf(f, fs.readFileSync(f), fs.statSync(f));
    }
  };
  walk(path.resolve(dir));
}

/**
 * The file a request's path names inside `root`, or `null` when it would resolve outside it (`/..%2fdist-x/`,
 * an encoded separator or a NUL). Throws `URIError` on a malformed escape (`/%E0%A4%A`). The check compares with
 * a separator: `/srv/dist-x` is not inside `/srv/dist`.
 */
export function resolveInside(root, requestUrl) {
  const pathname = new URL(requestUrl, 'http://x').pathname;
  const decoded = decodeURIComponent(pathname);
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.sep + decoded);
  if (file !== root && !file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return null;
  return file;
}

/**
 * Options: `brotli` (see above); `headers`, extra headers on every answer (the tests send a
 * Content-Security-Policy); `lastModified`, behave like Python's `http.server` and many simple hosts: a
 * `Last-Modified` header and 304 for a matching `If-Modified-Since`, and no `Cache-Control` (the browser then
 * caches by heuristics; the tests of the service worker's update path use it).
 */
export function serve(dir, port = 8080, host = '127.0.0.1', { brotli = false, headers: extra = {}, lastModified = false } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    // A bad request (a malformed escape, a path outside the folder) gets its answer and the server keeps serving.
    let file;
    try {
      file = resolveInside(root, req.url);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    } catch {
      // Missing: readFile below answers 404.
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = { ...extra, 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
      let stat;
      try {
        stat = fs.statSync(file);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if (lastModified) {
        const modified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000);
        headers['last-modified'] = modified.toUTCString();
        const since = Date.parse(req.headers['if-modified-since'] || '');
        if (!Number.isNaN(since) && since >= modified.getTime()) {
          res.writeHead(304, headers).end();
          return;
        }
      } else {
        headers['cache-control'] = 'no-cache';
      }
      if (brotli && !INCOMPRESSIBLE.has(path.extname(file))) {
        headers.vary = 'accept-encoding';
        if (/\bbr\b/.test(req.headers['accept-encoding'] || '')) {
          body = brotliOf(file, body, stat);
          headers['content-encoding'] = 'br';
        }
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const brotli = args.includes('--brotli');
  const [dir = 'dist', port = '8080', host = '127.0.0.1'] = args.filter((a) => a !== '--brotli');
  const server = await serve(dir, Number(port), host, { brotli });
  const { port: p } = server.address();
  console.log(`Serving ${path.resolve(dir)} at http://${host}:${p}/${brotli ? ' (brotli)' : ''}`);
}
