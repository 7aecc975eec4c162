import { useEffect, type ReactNode } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { LANGS } from '@lotus/server/contract/lang';
import { useI18n } from '../i18n';
import { MESSAGES } from '../locales';
import { quickExit } from '../quickExit';
import { neutralShare } from '../share';
import './Screen.scss';

interface Props {
  title: string;
  children: ReactNode;
}

/**
 * Every page's frame: the language switch, the quick-exit control, the page title, and a share
 * card that says nothing about the programme.
 */
export function Screen({ title, children }: Props) {
  const { lang, t, setLang } = useI18n();
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title]);
  useShareAppMessage(() => neutralShare(t));
  return (
    <View className='screen'>
      <View className='topbar'>
        <View className='langs'>
          {LANGS.map((l) => (
            <View key={l} className={`lang ${l === lang ? 'lang-on' : ''}`} onClick={() => setLang(l)} data-testid={`lang-${l}`}>
              <Text>{MESSAGES[l].langShort}</Text>
            </View>
          ))}
        </View>
        <View className='exit' onClick={quickExit} aria-label={t.common.quickExit} data-testid='quick-exit'>
          <Text className='exit-icon'>✕</Text>
        </View>
      </View>
      <View className='page'>{children}</View>
    </View>
  );
}
