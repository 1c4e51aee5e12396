// Trunk post-build hook (Trunk.toml): puts this build's text files (one per language, written by build.rs beside
// the cargo profile's build folder) into the staged dist/ and names them in its index.html
// (`<script type="application/json" id="atlas-texts">`), where the page's loader and the service worker read them.
// A build of broken data has no text files: the page then names none (the app shows the data errors).
import fs from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging || !profile) {
  console.error('texts-hook: run by Trunk as a post_build hook (TRUNK_STAGING_DIR and TRUNK_PROFILE unset)');
  process.exit(1);
}
const target = path.resolve(process.env.CARGO_TARGET_DIR || 'target');
const dir = path.join(target, 'wasm32-unknown-unknown', profile, 'atlas-texts');
if (!fs.existsSync(dir)) {
  console.error(`texts-hook: ${dir} is missing; build.rs writes it (\`cargo clean -p japan-soviet-atlas\` reruns it)`);
  process.exit(1);
}
const files = {};
for (const name of fs.readdirSync(dir)) {
  const m = name.match(/^atlas-[0-9a-f]{16}\.(zh|en)\.bin$/);
  if (!m) continue;
  if (files[m[1]]) {
    console.error(`texts-hook: two text files for ${m[1]} in ${dir}`);
    process.exit(1);
  }
  fs.copyFileSync(path.join(dir, name), path.join(staging, name));
  files[m[1]] = `./${name}`;
}
const index = path.join(staging, 'index.html');
const html = fs.readFileSync(index, 'utf8');
const placeholder = /(<script type="application\/json" id="atlas-texts">)[^<]*(<\/script>)/;
if (!placeholder.test(html)) {
  console.error('texts-hook: index.html has no <script type="application/json" id="atlas-texts"> to fill');
  process.exit(1);
}
fs.writeFileSync(index, html.replace(placeholder, (_, open, close) => `${open}${JSON.stringify(files)}${close}`));
