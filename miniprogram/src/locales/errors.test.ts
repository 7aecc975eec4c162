import { describe, expect, it } from 'vitest';
import { ERROR_CODE_LIST } from '@lotus/server/contract/errors';
import { LANGS } from '@lotus/server/contract/lang';
import { ERROR_TEXT, errorText } from './errors';

describe('error texts', () => {
  it('every code the server can answer with has a sentence in zh-Hans, fr and en', () => {
    const missing = ERROR_CODE_LIST.flatMap((code) =>
      LANGS.filter((lang) => !ERROR_TEXT[code]?.[lang]?.trim()).map((lang) => `${code} (${lang})`),
    );
    expect(missing).toEqual([]);
  });

  it('never shows the English fallback in Chinese, and an unknown code reads as a failure, not a code', () => {
    for (const code of ERROR_CODE_LIST) expect(ERROR_TEXT[code]['zh-Hans']).toMatch(/[\u4e00-\u9fff]/);
    expect(errorText('something_new', 'zh-Hans')).toBe(ERROR_TEXT.http_error['zh-Hans']);
    expect(errorText('invalid_phone', 'fr')).toContain('numéro');
  });
});
