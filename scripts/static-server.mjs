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

export function serve(dir, port = 8080, host = '127.0.0.1', { brotli = false } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (brotli && !INCOMPRESSIBLE.has(path.extname(file))) {
        headers.vary = 'accept-encoding';
        if (/\bbr\b/.test(req.headers['accept-encoding'] || '')) {
          body = brotliOf(file, body, fs.statSync(file));
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
