import { useEffect, type ReactNode } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../i18n';
import { LangPicker } from './LangPicker';
import { quickExit } from '../quickExit';
import { neutralShare } from '../share';
import { headingProps, sceneUrl, tapProps } from '../platform';
import { ShareButton } from './ShareButton';
import './Screen.scss';

interface Props {
  /** Shown on the page only: the title bar (and the browser tab) always carry the neutral title. */
  title: string;
  /** The page as a flyer scene (`a=pep`, `c=paris`, `p=check`): a share button, and the WeChat card opens it. */
  share?: string;
  children: ReactNode;
}

/**
 * Every page's frame: the language switch, the labelled quick exit, the page's own heading, and a
 * title bar and share card that say nothing about the programme — a tab or a title bar seen over a
 * shoulder reads "everyday tips".
 */
export function Screen({ title, share, children }: Props) {
  const { t } = useI18n();
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: t.common.neutralTitle }).catch(() => undefined);
  }, [t]);
  useShareAppMessage(() => neutralShare(t, share ? sceneUrl(share) : undefined));
  return (
    <View className='screen'>
      <View className='topbar'>
        <LangPicker />
        <View className='exit' {...tapProps(quickExit, { label: t.common.quickExit })} data-testid='quick-exit'>
          <Text className='exit-icon'>✕</Text>
          <Text className='exit-label'>{t.common.quickExit}</Text>
        </View>
      </View>
      <View className='page'>
        <View className={share ? 'page-head' : ''}>
          <Text className='page-title' {...headingProps()} data-testid='page-title'>
            {title}
          </Text>
          {share ? <ShareButton scene={share} /> : null}
        </View>
        {children}
      </View>
    </View>
  );
}
