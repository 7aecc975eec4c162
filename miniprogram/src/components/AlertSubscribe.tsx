import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useI18n } from '../i18n';
import { tapProps } from '../platform';
import { peekCities } from '../services/cities';
import { localSubscription, messageArrived, subscribe, subscriptionTemplate, withdraw } from '../services/subscriptions';
import './AlertSubscribe.scss';

type State = 'off' | 'on' | 'renew' | 'declined' | 'withdrawn' | 'failed' | 'busy';

const sameCities = (held: string[], wanted: string[]) => wanted.every((c) => held.includes(c));

/**
 * "有新提醒时通知我": one WeChat message at the next alert in these cities. After a message came, it
 * offers once, in place, to be told again (no pop-up, no reminder). "不再通知" withdraws it. Only inside
 * WeChat (the web has no subscription messages) and only when the server sends city alerts.
 */
export function AlertSubscribe({ cities }: { cities: string[] }) {
  const { lang, t } = useI18n();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [state, setState] = useState<State>(() => {
    if (messageArrived()) return 'renew';
    const held = localSubscription();
    return held && sameCities(held.cities, cities) ? 'on' : 'off';
  });
  const weapp = process.env.TARO_ENV === 'weapp';

  useEffect(() => {
    if (weapp) void subscriptionTemplate().then(setTemplateId);
  }, [weapp]);

  if (!weapp || !templateId || cities.length === 0) return null;

  const known = peekCities(lang);
  const names = cities.map((slug) => (known?.ok ? known.data.find((c) => c.slug === slug)?.name : undefined) ?? slug).join(lang === 'zh-Hans' ? '、' : ', ');

  const turnOn = async () => {
    setState('busy');
    setState(await subscribe(templateId, cities));
  };
  const turnOff = async () => {
    setState('busy');
    setState((await withdraw()) ? 'withdrawn' : 'failed');
  };

  if (state === 'on') {
    return (
      <View className='alert-subscribe' data-testid='alert-subscribe'>
        <Text className='block'>🔔 {t.subscribe.on(names)}</Text>
        <View className='btn btn-small' {...tapProps(() => void turnOff())} data-testid='alert-subscribe-off'>
          <Text>{t.subscribe.off}</Text>
        </View>
      </View>
    );
  }
  if (state === 'renew') {
    return (
      <View className='alert-subscribe' data-testid='alert-subscribe'>
        <Text className='block'>{t.subscribe.renew}</Text>
        <View className='btn btn-primary' {...tapProps(() => void turnOn())} data-testid='alert-subscribe-renew'>
          <Text>🔔 {t.subscribe.renewButton}</Text>
        </View>
        <View className='btn btn-small' {...tapProps(() => setState('off'))} data-testid='alert-subscribe-dismiss'>
          <Text>{t.subscribe.dismiss}</Text>
        </View>
      </View>
    );
  }
  const note = state === 'declined' ? t.subscribe.declined : state === 'withdrawn' ? t.subscribe.withdrawn : state === 'failed' ? t.subscribe.failed : t.subscribe.hint(names);
  return (
    <View className='alert-subscribe' data-testid='alert-subscribe'>
      <View className={`btn ${state === 'busy' ? 'btn-disabled' : ''}`} {...tapProps(() => state !== 'busy' && void turnOn())} data-testid='alert-subscribe-on'>
        <Text>🔔 {t.subscribe.button}</Text>
      </View>
      <Text className='muted block'>{note}</Text>
    </View>
  );
}
