import { useEffect, useMemo, useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text, Input, ScrollView } from '@tarojs/components';
import { SERVICE_TAGS, type ServiceTag } from '@lotus/server/contract/vocab';
import { useI18n } from '../../i18n';
import { cache } from '../../cache';
import { useCached } from '../../hooks';
import { getCities, peekCities } from '../../services/cities';
import { getServices, peekServices } from '../../services/services';
import { openNow } from '../../lib/openNow';
import { orderCities } from '../../lib/cities';
import { inputLabel, tapProps } from '../../platform';
import { Screen } from '../../components/Screen';
import { pageScene } from '../../share';
import { StatusNote } from '../../components/StatusNote';
import { filterServices } from './filter';
import { ServiceList } from './ServiceList';
import './index.scss';

export default function Directory() {
  const { lang, t } = useI18n();
  const router = useRouter();
  const [city, setCity] = useState<string | null>(() => router.params.city ?? cache.lastCity());
  const [picking, setPicking] = useState(city === null);
  const [q, setQ] = useState('');
  const [tag, setTag] = useState<ServiceTag | null>(null);
  const [openOnly, setOpenOnly] = useState(false);

  // A city opened from a flyer counts as chosen: the directory reopens on it next time.
  useEffect(() => {
    if (city) cache.setLastCity(city);
  }, [city]);

  const cities = useCached(() => peekCities(lang), (force) => getCities(lang, force), [lang]);
  const services = useCached(
    () => (city ? peekServices(city, lang) : null),
    (force) => (city ? getServices(city, lang, force) : Promise.resolve({ ok: true as const, data: [], savedAt: Date.now(), offline: false })),
    [city, lang],
  );
  usePullDownRefresh(() => {
    void Promise.all([cities.reload(true), services.reload(true)]).finally(() => Taro.stopPullDownRefresh());
  });

  const cityList = useMemo(() => orderCities(cities.state?.ok ? cities.state.data : [], lang), [cities.state, lang]);
  const cityName = cityList.find((c) => c.slug === city)?.name ?? city ?? '';
  const all = useMemo(() => (services.state?.ok ? services.state.data : []), [services.state]);
  // Open now by the device's clock and the server's rule, so the filter works on a cached list offline.
  const shown = useMemo(() => filterServices(all, q, tag).filter((s) => !openOnly || openNow(s, new Date()) === true), [all, q, tag, openOnly]);

  const choose = (slug: string) => {
    setCity(slug);
    setPicking(false);
    setTag(null);
    setQ('');
    setOpenOnly(false);
  };

  return (
    <Screen title={t.directory.title} share={city ? pageScene({ kind: 'city', city }) : undefined}>
      {picking || !city ? (
        <View>
          <Text className='section-title'>{t.directory.chooseCity}</Text>
          {cities.state && !cities.state.ok && <Text className='error-box block'>{t.common.noNetwork}</Text>}
          {!cities.state && <Text className='muted'>{t.common.loading}</Text>}
          {cityList.map((c) => (
            <View key={c.slug} className={`city ${c.slug === city ? 'city-on' : ''}`} {...tapProps(() => choose(c.slug))} data-testid={`city-${c.slug}`}>
              <Text className='city-name'>📍 {c.name}</Text>
              <Text className='muted'>{t.directory.services(c.serviceCount)}</Text>
            </View>
          ))}
        </View>
      ) : (
        <View>
          <View className='city-bar'>
            <Text className='city-current'>📍 {cityName}</Text>
            <View className='chip' {...tapProps(() => setPicking(true))} data-testid='change-city'>
              <Text>{t.directory.changeCity}</Text>
            </View>
          </View>
          {services.state?.ok && <StatusNote savedAt={services.state.savedAt} offline={services.state.offline} />}
          <Input
            className='input'
            value={q}
            placeholder={t.directory.search}
            {...inputLabel(t.directory.search)}
            onInput={(e) => setQ(e.detail.value)}
            confirmType='search'
            data-testid='search'
          />
          <ScrollView scrollX className='tag-scroll' enhanced showScrollbar={false}>
            <View className='tag-row'>
              <View className={`chip ${openOnly ? 'chip-on' : ''}`} {...tapProps(() => setOpenOnly(!openOnly), { pressed: openOnly })} data-testid='open-only'>
                <Text>🕒 {t.directory.openOnly}</Text>
              </View>
              <View className={`chip ${tag === null ? 'chip-on' : ''}`} {...tapProps(() => setTag(null), { pressed: tag === null })}>
                <Text>{t.directory.allTags}</Text>
              </View>
              {SERVICE_TAGS.map((tg) => (
                <View key={tg} className={`chip ${tag === tg ? 'chip-on' : ''}`} {...tapProps(() => setTag(tg === tag ? null : tg), { pressed: tag === tg })} data-testid={`tag-${tg}`}>
                  <Text>{t.tags[tg]}</Text>
                </View>
              ))}
            </View>
          </ScrollView>
          {services.state && !services.state.ok && <Text className='error-box block'>{t.common.noNetwork}</Text>}
          {!services.state && <Text className='muted'>{t.common.loading}</Text>}
          {services.state?.ok && <Text className='muted block' data-testid='service-count'>{t.directory.services(shown.length)}</Text>}
          {services.state?.ok && shown.length === 0 && <Text className='muted block'>{t.directory.noResults}</Text>}
          <ServiceList shown={shown} city={city} t={t} />
        </View>
      )}
    </Screen>
  );
}
