// The service worker's rule for Trunk's hashed asset names, checked on names of every length Trunk produces (the
// hash is a 64-bit number in hex without leading zeros: one build in sixteen has a 15-digit hash; such a build
// once went uncached offline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

const source = fs.readFileSync(path.join(ROOT, 'public/sw.js'), 'utf8');
const HASHED = new RegExp(source.match(/const HASHED = \/(.+)\/;/)[1]);

test("the service worker caches Trunk's hashed assets whatever the hash's length", () => {
  for (const name of [
    '/japan-soviet-atlas-5878631770c10750.js',
    '/japan-soviet-atlas-5878631770c10750_bg.wasm',
    '/japan-soviet-atlas-37a3bb15afaec98.js',
    '/japan-soviet-atlas-37a3bb15afaec98_bg.wasm',
    '/school/history/main-0328b9713ea5029.css',
    '/atlas-0e5d2c7a9b1f3468.zh.bin',
    '/school/atlas-0e5d2c7a9b1f3468.en.bin',
    // The files the post-build hook and build.rs add for the page's Content Security Policy (issue 29).
    '/palette-457d02b990839759.css',
    '/boot-09d3134526e78097.js',
    '/start-68bf20904f69c357.js',
  ]) {
    assert.ok(HASHED.test(name), name);
  }
  for (const name of ['/sw.js', '/index.html', '/manifest.json', '/atlas-core.js', '/main.css', '/atlas.bin', '/atlas-0e5d2c7a9b1f3468.fr.bin']) {
    assert.ok(!HASHED.test(name), name);
  }
});
