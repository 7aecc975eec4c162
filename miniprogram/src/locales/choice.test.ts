import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from '../../test/taro.mock';
import { LANGS, langFromLocale, langFromLocales } from '@lotus/server/contract/lang';
import { chooseLang } from './choice';

describe('the language the app opens in', () => {
  beforeEach(() => storage.clear());

  it('reads browser and WeChat language tags', () => {
    expect(langFromLocale('ro-RO')).toBe('ro');
    expect(langFromLocale('pt_BR')).toBe('pt');
    expect(langFromLocale('zh_CN')).toBe('zh-Hans');
    expect(langFromLocale('zh-TW')).toBe('zh-Hans');
    expect(langFromLocale('BG')).toBe('bg');
    expect(langFromLocale('de-DE')).toBeNull();
    expect(langFromLocale('')).toBeNull();
    expect(langFromLocales(['de-DE', 'es-419', 'en'])).toBe('es');
  });

  it('takes the first browser language the app has, else Chinese', () => {
    expect(chooseLang(LANGS, ['de-DE', 'ro-RO', 'en-US'])).toBe('ro');
    expect(chooseLang(LANGS, ['it-IT'])).toBe('zh-Hans');
    expect(chooseLang(LANGS, [])).toBe('zh-Hans');
    // WeChat offers three languages: a Bulgarian phone gets the next one it has.
    expect(chooseLang(['zh-Hans', 'fr', 'en'], ['bg-BG', 'fr-FR'])).toBe('fr');
  });

  it('prefers the language she picked, while this platform offers it', () => {
    storage.set('lotus:lang', 'pt');
    expect(chooseLang(LANGS, ['ro-RO'])).toBe('pt');
    expect(chooseLang(['zh-Hans', 'fr', 'en'], ['ro-RO', 'en'])).toBe('en');
  });
});
