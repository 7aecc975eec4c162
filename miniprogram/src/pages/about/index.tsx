import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { PROGRAMME } from '../../programme';
import { Screen } from '../../components/Screen';
import { tapProps } from '../../platform';
import './index.scss';

export default function About() {
  const { t } = useI18n();
  const open = (category: 'about' | 'history') => () => void Taro.navigateTo({ url: `/pages/articles/index?category=${category}` });
  return (
    <Screen title={t.about.title}>
      <View className='card'>
        <Text className='sub'>🌸 {t.about.whoTitle}</Text>
        <Text className='block'>{t.about.who}</Text>
        <Text className='link' {...tapProps(open('about'))}>
          {t.about.readMore} ›
        </Text>
      </View>
      <View className='card'>
        <Text className='sub'>🚌 {t.about.historyTitle}</Text>
        <Text className='block'>{t.about.history}</Text>
        <Text className='link' {...tapProps(open('history'))}>
          {t.about.readMore} ›
        </Text>
      </View>
      <View className='card'>
        <Text className='sub'>✉️ {t.about.contactTitle}</Text>
        <Text className='block email' userSelect data-testid='email'>
          {PROGRAMME.email}
        </Text>
        <View className='btn' {...tapProps(() => void Taro.setClipboardData({ data: PROGRAMME.email }))}>
          <Text>📋 {t.about.copyEmail}</Text>
        </View>
      </View>
      <View className='card'>
        <Text className='sub'>🔒 {t.about.privacyTitle}</Text>
        <Text className='block' data-testid='about-privacy'>
          {t.about.privacy}
        </Text>
      </View>
      <View className='card quiet'>
        <Text className='sub'>{t.about.exitTitle}</Text>
        <Text className='block muted' data-testid='about-exit'>
          {t.about.exit}
        </Text>
      </View>
    </Screen>
  );
}
