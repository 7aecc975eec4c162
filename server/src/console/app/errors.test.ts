import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { WECHAT_FAILURE_CODES } from '../../contract/admin';
import { ERROR_CODE_LIST, ERROR_CODES } from '../../contract/errors';

const SERVER = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the console says every error in her language', () => {
  let texts: { zh: Record<string, string>; fr: Record<string, string> };
  const wechatCodes: readonly string[] = WECHAT_FAILURE_CODES;
  beforeAll(async () => {
    // The console's modules read the browser's saved language when loaded.
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
    vi.stubGlobal('navigator', { language: 'zh-CN' });
    texts = (await import('./errors')).ERROR_TEXTS;
  });

  it('has a Chinese and a French sentence of its own for every code the API can answer', () => {
    for (const code of ERROR_CODE_LIST) {
      expect([code, /[\u4e00-\u9fff]/.test(texts.zh[code] ?? '')]).toEqual([code, true]);
      expect([code, Boolean(texts.fr[code]) && texts.fr[code] !== ERROR_CODES[code]]).toEqual([code, true]);
    }
  });

  it('knows every code an admin route, the flyers or the sign-in can throw', () => {
    const dirs = ['routes/admin', 'auth', 'middleware', 'flyers', 'quota', 'commands'].map((d) => path.join(SERVER, 'src', d));
    const thrown = new Set<string>();
    for (const file of [...dirs.flatMap(sources), path.join(SERVER, 'src/errors.ts')]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:AppError\(\s*\d{3},\s*|code:\s*)'([a-z_]+)'/g)) thrown.add(m[1]);
    }
    expect([...thrown]).toEqual(expect.arrayContaining(['last_admin', 'flyer_private_address', 'not_found', 'update_expired']));
    const untranslated = [...thrown].filter((c) => !(c in texts.zh) && !wechatCodes.includes(c) && !c.startsWith('wechat_'));
    expect(untranslated).toEqual([]);
  });

  it('words every refusal WeChat can give', () => {
    const files = [path.join(SERVER, 'src/wechat/errors.ts'), path.join(SERVER, 'src/wechat/images.ts'), path.join(SERVER, 'src/wechat/gateway.ts'), path.join(SERVER, 'src/wechat/publish.ts')];
    const codes = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:WechatError\(\s*|code: )'([a-z_]+)'/g)) codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(8);
    // Publishing words its refusals in the publish panel; others (the inbox's replies) come back as API errors.
    expect([...codes].filter((c) => !wechatCodes.includes(c) && !(c in texts.zh))).toEqual([]);
  });
});
