import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../../e2e/support/server';

/** The five pages a person opens first, as H5 routes (hash routing). */
export const PAGES: { name: string; route: string }[] = [
  { name: 'home', route: 'pages/home/index' },
  { name: 'directory', route: 'pages/directory/index?city=paris' },
  { name: 'article', route: 'pages/article/index?slug=hepatitis-b' },
  { name: 'check', route: 'pages/check/index' },
  { name: 'emergency', route: 'pages/emergency/index' },
];

export interface LighthouseFigures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** JavaScript and CSS bytes transferred before the page settled. */
  scriptBytes: number;
  warnings: string[];
}

const CLI = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

/**
 * One Lighthouse run (its default mobile emulation: a mid-range phone, simulated slow 4G and a 4×
 * slower CPU) of the performance category, in its own process with Debian's Chromium.
 */
export function lighthouse(url: string): Promise<LighthouseFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lotus-lighthouse-'));
  const report = path.join(dir, 'report.json');
  const args = [CLI, url, '--only-categories=performance', '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, timeout: 300_000 }, (error, _stdout, stderr) => {
      try {
        if (error) throw new Error(`lighthouse failed: ${error.message}\n${stderr.slice(-2000)}`);
        const lhr = JSON.parse(readFileSync(report, 'utf8'));
        const audit = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
        const items: { resourceType?: string; transferSize?: number }[] = lhr.audits['network-requests']?.details?.items ?? [];
        resolve({
          score: Math.round(Number(lhr.categories.performance.score) * 100),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          scriptBytes: items.filter((i) => i.resourceType === 'Script' || i.resourceType === 'Stylesheet').reduce((s, i) => s + (i.transferSize ?? 0), 0),
          warnings: lhr.runWarnings ?? [],
        });
      } catch (e) {
        reject(e);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
