import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PASSWORD } from '../../server/test/admin';
import { launch } from '../support/browser';

export const SHOTS = path.resolve(__dirname, '../../test-output/console');

/**
 * Chromium with one page `width` × 900 px wide, in Chinese; an uncaught error in the console fails
 * the test. Screenshots go to SHOTS.
 */
export async function openConsole(width: number): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  mkdirSync(SHOTS, { recursive: true });
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return { browser, context, page };
}

/** Fills the console's sign-in form, on the page or in the sign-in modal (`scope`), and sends it. */
export async function signIn(scope: Page | Locator, username: string, password = PASSWORD): Promise<void> {
  await scope.locator('#login-username').fill(username);
  await scope.locator('#login-password').fill(password);
  // The form's own button: in the modal, the scope is the form itself.
  await scope.locator('#login-password').locator('xpath=ancestor::form').locator('button[type=submit]').click();
}

/** Dismisses the next dialog the page opens (a confirm, leaving unsaved text) and keeps its message. */
export function dismissNextDialog(page: Page): string[] {
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  return asked;
}
