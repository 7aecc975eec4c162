import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { Lang } from '@lotus/server/contract/lang';
import { useI18n } from '../i18n';
import { UI_LANGS } from '../locales';
import { LANG_NAMES } from '../locales/names';
import { tapProps } from '../platform';
import './LangPicker.scss';

/**
 * The language switch at the top of every page: one button with a globe and the current language's
 * own name, opening the list of languages each written in its own script (中文, Română, Български…),
 * so someone who cannot read the current one still finds hers. The choice is remembered (i18n.ts).
 */
export function LangPicker() {
  const { lang, t, setLang } = useI18n();
  const [open, setOpen] = useState(false);
  const choose = (l: Lang) => {
    setOpen(false);
    // Offline before the service worker holds that language's chunk: she stays in the current one.
    if (l !== lang) setLang(l).catch(() => undefined);
  };
  return (
    <View className='lang-picker'>
      <View
        className='lang-button'
        {...tapProps(() => setOpen(!open), { label: `${t.common.language}: ${LANG_NAMES[lang]}` })}
        aria-expanded={open ? 'true' : 'false'}
        data-testid='lang-picker'
      >
        <Text className='lang-globe'>🌐</Text>
        <Text className='lang-current'>{LANG_NAMES[lang]}</Text>
        <Text className='lang-caret'>{open ? '▴' : '▾'}</Text>
      </View>
      {open ? (
        <>
          <View className='lang-backdrop' onClick={() => setOpen(false)} />
          <View className='lang-menu'>
            {UI_LANGS.map((l) => (
              <View
                key={l}
                className={`lang-option ${l === lang ? 'lang-option-on' : ''}`}
                {...tapProps(() => choose(l), { pressed: l === lang })}
                {...({ lang: l } as Record<string, string>)}
                data-testid={`lang-${l}`}
              >
                <Text>{LANG_NAMES[l]}</Text>
                {l === lang ? <Text className='lang-check'>✓</Text> : null}
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}
