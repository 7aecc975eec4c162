import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { engine } from '../../../test/db';
import { request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

describe(`GET /api/programme on ${engine}`, () => {
  let withPhone: TestServer;
  let without: TestServer;
  beforeAll(async () => {
    withPhone = await startTestServer({ env: { PROGRAMME_PHONE: '+33 6 12 34 56 78' } });
    without = await startTestServer();
  });
  afterAll(async () => {
    await withPhone?.close();
    await without?.close();
  });

  it('gives the configured direct line, and null when none is set', async () => {
    expect((await request(`${withPhone.url}/api/programme`)).body).toEqual({ data: { phone: '+33 6 12 34 56 78' } });
    expect((await request(`${without.url}/api/programme`)).body).toEqual({ data: { phone: null } });
  });

  it('refuses a PROGRAMME_PHONE that is not a phone number at start-up', () => {
    expect(() => loadConfig({ PROGRAMME_PHONE: 'call us' })).toThrow(/PROGRAMME_PHONE/);
  });
});
