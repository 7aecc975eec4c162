#!/usr/bin/env node
// `npm test` runs this first (pretest): the browser tests need Debian's Chromium, the flyer tests
// poppler's pdftoppm/pdffonts/pdftotext and a CJK font. On a fresh machine run as root it installs
// what is missing; otherwise it stops with the exact command to type, before any test fails obscurely.
// Plain .mjs on purpose: it must run before anything else is known to work.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const hasEmojiFont = () => {
  const dir = '/usr/share/fonts/truetype/noto';
  return existsSync(dir) && readdirSync(dir).some((f) => f.includes('ColorEmoji'));
};

const needs = [
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { pkg: 'poppler-utils', present: () => ['pdftoppm', 'pdffonts', 'pdftotext'].every(onPath) },
  { pkg: 'fonts-wqy-microhei', present: () => existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc') },
  // Screenshots are looked at by people: emoji icons should not come out as boxes.
  { pkg: 'fonts-noto-color-emoji', present: hasEmojiFont },
];

const missing = needs.filter((n) => !n.present()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const line = `apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(`The tests need Debian packages that are missing. Install them, then run npm test again:\n  sudo ${line}`);
  process.exit(1);
}

console.error(`installing the system packages the tests need: ${missing.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
} catch {
  console.error(`Installing failed. Run it by hand, then npm test again:\n  ${line}`);
  process.exit(1);
}
const still = needs.filter((n) => !n.present()).map((n) => n.pkg);
if (still.length > 0) {
  console.error(`Still missing after apt-get: ${still.join(' ')}`);
  process.exit(1);
}
