import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, request } from '../../server/test/admin';
import { startTestServer, type TestServer } from '../../server/test/server';
import { openConsole, SHOTS, signIn } from './support';

describe('confirming a service in the console, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const clock = new Date('2026-12-02T10:00:00Z');
  const publicService = async (id: string) =>
    ((await request(`${server.url}/api/services?city=${id.split(':')[0]}&lang=zh-Hans`, 'GET')).json.data as Array<{ id: string; verified: boolean; verifiedOn: string | null }>).find(
      (s) => s.id === id,
    );

  beforeAll(async () => {
    server = await startTestServer({ now: () => clock });
    await addMediator(server, 'mei', 'mediator');
    ({ browser, page } = await openConsole(1300));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists services per city as unverified, and one click dates the check in the public directory', async () => {
    await page.goto(`${server.url}/console/`);
    await signIn(page, 'mei');
    await page.click('nav >> text=机构核实');
    const bus = page.locator('[data-testid=service-row][data-id="paris:paris-lotus-bus"]');
    await bus.waitFor();
    expect(await page.locator('[data-testid=service-city]').count()).toBeGreaterThanOrEqual(10);
    expect(await bus.locator('[data-testid=service-state]').textContent()).toBe('未核实');
    expect(await publicService('paris:paris-lotus-bus')).toMatchObject({ verified: false, verifiedOn: null });

    await bus.locator('[data-testid=service-verify]').click();
    await expect.poll(() => bus.locator('[data-testid=service-state]').textContent()).toBe('核实于 2026-12-02');
    expect(await bus.locator('[data-testid=service-verify]').textContent()).toBe('今天再次确认');
    expect(await publicService('paris:paris-lotus-bus')).toMatchObject({ verified: true, verifiedOn: '2026-12-02' });
    await page.screenshot({ path: path.join(SHOTS, 'services-verified-zh.png') });

    await page.click('.langs >> text=Français');
    await page.locator('[data-testid=service-row]').first().waitFor();
    expect(await bus.locator('[data-testid=service-state]').textContent()).toBe('Vérifié le 2026-12-02');
    expect(await page.locator('[data-testid=service-row][data-id="paris:paris-cegidd-figuier"] [data-testid=service-verify]').textContent()).toBe('Confirmer');
    await page.screenshot({ path: path.join(SHOTS, 'services-fr.png') });
  });
});
