import { useEffect, type ReactNode } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { LANGS } from '@lotus/server/contract/lang';
import { useI18n } from '../i18n';
import { MESSAGES } from '../locales';
import { quickExit } from '../quickExit';
import { neutralShare } from '../share';
import { headingProps, tapProps } from '../platform';
import './Screen.scss';

/** "FR – Français": the visible short name first, so what a voice user says matches what a screen reader reads. */
function langLabel(l: (typeof LANGS)[number]): string {
  const { langShort, langName } = MESSAGES[l];
  return langShort === langName ? langName : `${langShort} – ${langName}`;
}

interface Props {
  /** Shown on the page only: the title bar (and the browser tab) always carry the neutral title. */
  title: string;
  children: ReactNode;
}

/**
 * Every page's frame: the language switch, the labelled quick exit, the page's own heading, and a
 * title bar and share card that say nothing about the programme — a tab or a title bar seen over a
 * shoulder reads "everyday tips".
 */
export function Screen({ title, children }: Props) {
  const { lang, t, setLang } = useI18n();
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: t.common.neutralTitle }).catch(() => undefined);
  }, [t]);
  useShareAppMessage(() => neutralShare(t));
  return (
    <View className='screen'>
      <View className='topbar'>
        <View className='langs'>
          {LANGS.map((l) => (
            <View
              key={l}
              className={`lang ${l === lang ? 'lang-on' : ''}`}
              {...tapProps(() => setLang(l), { label: langLabel(l), pressed: l === lang })}
              data-testid={`lang-${l}`}
            >
              <Text>{MESSAGES[l].langShort}</Text>
            </View>
          ))}
        </View>
        <View className='exit' {...tapProps(quickExit, { label: t.common.quickExit })} data-testid='quick-exit'>
          <Text className='exit-icon'>✕</Text>
          <Text className='exit-label'>{t.common.quickExit}</Text>
        </View>
      </View>
      <View className='page'>
        <Text className='page-title' {...headingProps()} data-testid='page-title'>
          {title}
        </Text>
        {children}
      </View>
    </View>
  );
}
