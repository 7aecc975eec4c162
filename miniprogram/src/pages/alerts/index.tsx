import { useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { cache } from '../../cache';
import { useCached } from '../../hooks';
import { getCities, peekCities } from '../../services/cities';
import { getDescriptionAlerts, peekDescriptionAlerts } from '../../services/descriptionAlerts';
import { orderCities } from '../../lib/cities';
import { tapProps } from '../../platform';
import { Screen } from '../../components/Screen';
import { StatusNote } from '../../components/StatusNote';
import { AlertSubscribe } from '../../components/AlertSubscribe';
import { AlertCard } from './AlertCard';
import './index.scss';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** 最近的提醒: a city's approved alerts by description, newest first (the server orders and expires them). */
export default function Alerts() {
  const { lang, t } = useI18n();
  const param = useRouter().params.city;
  const [city, setCity] = useState<string>(param ?? cache.lastCity() ?? 'paris');
  const [choosing, setChoosing] = useState(false);
  const cities = useCached(() => peekCities(lang), (force) => getCities(lang, force), [lang]);
  const alerts = useCached(() => peekDescriptionAlerts(city), (force) => getDescriptionAlerts(city, force), [city]);
  usePullDownRefresh(() => {
    void alerts.reload(true).finally(() => Taro.stopPullDownRefresh());
  });

  const pick = (slug: string) => {
    setChoosing(false);
    setCity(slug);
    cache.setLastCity(slug);
  };
  const list = alerts.state?.ok ? alerts.state.data : [];
  const cityList = orderCities(cities.state?.ok ? cities.state.data : [], lang);
  return (
    <Screen title={t.alerts.title}>
      <Text className='muted block alerts-intro'>{t.alerts.intro}</Text>
      <Text className='label'>{t.alerts.city}</Text>
      {/* Her city and a way to change it: the whole list only when asked, so the first alert is on the first screen. */}
      <View className='chips'>
        {cityList
          .filter((c) => choosing || c.slug === city)
          .map((c) => (
            <View key={c.slug} className={`chip ${city === c.slug ? 'chip-on' : ''}`} {...tapProps(() => pick(c.slug), { pressed: city === c.slug })} data-testid={`alerts-city-${c.slug}`}>
              <Text>{c.name}</Text>
            </View>
          ))}
        {!choosing && (
          <View className='chip' {...tapProps(() => setChoosing(true))} data-testid='alerts-change-city'>
            <Text>🔄 {t.directory.changeCity}</Text>
          </View>
        )}
      </View>
      {/* Where the message lands: the offer to be told again is made here, for the city she is looking at. */}
      <AlertSubscribe cities={[city]} />
      {alerts.state?.ok && <StatusNote savedAt={alerts.state.savedAt} offline={alerts.state.offline} />}
      {!alerts.state && <Text className='status-note'>{t.common.loading}</Text>}
      {alerts.state && !alerts.state.ok && (
        <View className='error-box'>
          <Text className='block'>{t.common.loadFailed}</Text>
          <View className='btn' {...tapProps(() => void alerts.reload(true))}>
            <Text>{t.common.retry}</Text>
          </View>
        </View>
      )}
      <View data-testid='alerts-list'>
        {list.map((a) => (
          <AlertCard key={a.id} alert={a} />
        ))}
      </View>
      {alerts.state?.ok && list.length === 0 && (
        <Text className='muted block alerts-none' data-testid='alerts-none'>
          {t.alerts.none}
        </Text>
      )}
      <View className='btn btn-primary alerts-action' {...tapProps(go('/pages/report/index?mode=describe'))} data-testid='alerts-report'>
        <Text>📣 {t.alerts.reportOne}</Text>
      </View>
      <View className='btn alerts-action' {...tapProps(go('/pages/check/index'))} data-testid='alerts-check'>
        <Text>🔍 {t.alerts.checkNumber}</Text>
      </View>
    </Screen>
  );
}
