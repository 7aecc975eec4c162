import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { useI18n } from '../i18n';
import { shareScene, tapProps } from '../platform';
import './ShareButton.scss';

/**
 * Shares the page as a link that opens it again: on the web the phone's share sheet (WhatsApp, SMS…)
 * or, without one, the link copied; inside WeChat a forwarded card (the page's useShareAppMessage
 * carries the same scene). The title shared is the neutral one, never the programme's.
 */
export function ShareButton({ scene }: { scene: string }) {
  const { t } = useI18n();
  const label = (
    <>
      <Text className='share-icon'>↗</Text>
      <Text>{t.common.share}</Text>
    </>
  );
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className='share' openType='share' data-testid='share'>
        {label}
      </Button>
    );
  }
  const share = async () => {
    if ((await shareScene(scene, t.common.shareTitle)) === 'copied') void Taro.showToast({ title: t.common.linkCopied, icon: 'none', duration: 3000 });
  };
  return (
    <View className='share' {...tapProps(() => void share())} data-testid='share'>
      {label}
    </View>
  );
}
