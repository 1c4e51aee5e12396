// The bundled server (scripts/static-server.mjs, behind scripts/run.sh), as a teacher may run it on a class
// network: a malformed path gets 400 and the server keeps serving; no path reaches outside the folder it serves,
// not even a sibling folder whose name starts with the served one's (`dist` / `dist-x`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { serve, resolveInside } from '../scripts/static-server.mjs';

let tmp, server, port;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-server-'));
  fs.mkdirSync(path.join(tmp, 'dist'));
  fs.mkdirSync(path.join(tmp, 'dist-x'));
  fs.writeFileSync(path.join(tmp, 'dist', 'index.html'), '<!doctype html><title>served</title>');
  fs.writeFileSync(path.join(tmp, 'dist', 'a.js'), 'ok');
  fs.writeFileSync(path.join(tmp, 'dist-x', 'index.html'), 'SECRET sibling');
  fs.writeFileSync(path.join(tmp, 'dist-x', 'secret.txt'), 'SECRET sibling');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'SECRET parent');
  server = await serve(path.join(tmp, 'dist'), 0, '127.0.0.1');
  port = server.address().port;
});

after(() => {
  server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A raw GET: the path goes out exactly as written (no client normalises `..` or escapes). */
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a malformed escape gets 400 and the server keeps serving', async () => {
  for (const bad of ['/%E0%A4%A', '/%', '/%zz', '/a%E0%A4%A.js']) {
    const r = await get(bad);
    assert.equal(r.status, 400, bad);
  }
  const ok = await get('/');
  assert.equal(ok.status, 200);
  assert.match(ok.body, /served/);
});

test('no path resolves outside the served folder (not even a sibling named dist-x)', async () => {
  for (const bad of [
    '/..%2fdist-x/',
    '/..%2fdist-x/secret.txt',
    '/..%2Fdist-x%2Findex.html',
    '/%2e%2e/dist-x/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/../secret.txt',
    '/a.js%00.html',
  ]) {
    const r = await get(bad);
    assert.ok(r.status === 400 || r.status === 404, `${bad}: ${r.status}`);
    assert.doesNotMatch(r.body, /SECRET/, bad);
  }
  assert.equal((await get('/a.js')).body, 'ok', 'still serving');
});

test('resolveInside compares with a separator, not a prefix', () => {
  const root = path.join(tmp, 'dist');
  assert.equal(resolveInside(root, '/'), root);
  assert.equal(resolveInside(root, '/a.js'), path.join(root, 'a.js'));
  assert.equal(resolveInside(root, '/..%2fdist-x/secret.txt'), null);
  assert.equal(resolveInside(root, '/%2e%2e'), root, 'a dot-dot escape is normalised to the root');
  assert.throws(() => resolveInside(root, '/%E0%A4%A'), URIError);
});

test('the Last-Modified mode behaves like a simple host: no Cache-Control, 304 when unchanged', async () => {
  const plain = await serve(path.join(tmp, 'dist'), 0, '127.0.0.1', { lastModified: true });
  try {
    const p = plain.address().port;
    const first = await fetch(`http://127.0.0.1:${p}/a.js`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('cache-control'), null);
    const lm = first.headers.get('last-modified');
    assert.ok(lm);
    const again = await fetch(`http://127.0.0.1:${p}/a.js`, { headers: { 'if-modified-since': lm } });
    assert.equal(again.status, 304);
  } finally {
    plain.close();
  }
});
