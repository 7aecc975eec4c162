import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './server';

export const SHOTS = path.join(ROOT, 'test-output/e2e');

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A 375×667 phone, touch, no permission granted: opening the app must not need any. */
export function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', permissions: [] });
}

/** What the phone shows (`name.png`), and the whole scrolled page (`name-full.png`). */
export async function shoot(page: Page, name: string): Promise<void> {
  // Taro's H5 page transition takes about 300 ms.
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const height = await page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((p) => getComputedStyle(p).display !== 'none');
    const bar = document.querySelector<HTMLElement>('#taro-navigation-bar')?.offsetHeight ?? 0;
    return Math.max(0, ...shown.map((p) => p.scrollHeight)) + bar;
  });
  if (height > 667) {
    await page.setViewportSize({ width: 375, height: Math.min(height + 60, 4000) });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SHOTS, `${name}-full.png`) });
    await page.setViewportSize({ width: 375, height: 667 });
  }
}
