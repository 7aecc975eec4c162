import { useEffect } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { neutralShare } from '../../share';
import { comeBack } from '../../platform';
import './index.scss';

/**
 * What the quick exit shows: an ordinary recipe card, no language switch, no trace of the
 * programme. A long press on the dish name goes back to Home, for her and nobody else.
 */
export default function Neutral() {
  const { t } = useI18n();
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: t.neutral.title }).catch(() => undefined);
  }, [t]);
  useShareAppMessage(() => neutralShare(t, '/pages/neutral/index'));
  return (
    <View className='recipe' data-testid='neutral'>
      <Text className='recipe-kicker'>{t.neutral.title}</Text>
      <Text
        className='recipe-dish'
        onLongPress={() => {
          comeBack();
          void Taro.reLaunch({ url: '/pages/home/index' });
        }}
        data-testid='neutral-dish'
      >
        🍅 {t.neutral.dish}
      </Text>
      <View className='recipe-card'>
        {t.neutral.ingredients.map((i) => (
          <Text key={i} className='recipe-item'>
            • {i}
          </Text>
        ))}
      </View>
      <View className='recipe-card'>
        {t.neutral.steps.map((s, n) => (
          <Text key={s} className='recipe-item'>
            {n + 1}. {s}
          </Text>
        ))}
      </View>
      <Text className='recipe-tip'>{t.neutral.tip}</Text>
    </View>
  );
}
