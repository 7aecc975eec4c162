import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { LocationDTO } from '@lotus/server/contract/directory';
import { useI18n } from '../../i18n';
import { useCached } from '../../hooks';
import { getServices, peekServices } from '../../services/services';
import { openBadge, openNow } from '../../lib/openNow';
import { tapProps } from '../../platform';
import { Verification } from '../../components/Verification';
import { weekTable } from '../../lib/week';
import { openMap } from '../../platform';
import { Screen } from '../../components/Screen';
import './index.scss';

function Location({ place }: { place: LocationDTO }) {
  const { t } = useI18n();
  // LocationDTO.city is the directory's city slug, not the locality (Le Kremlin-Bicêtre is filed under paris): the postal code says where.
  const line = `${place.address}, ${place.postalCode}`;
  const copy = () => void Taro.setClipboardData({ data: line });
  const canMap = place.lat !== null && place.lng !== null;
  return (
    <View className='card'>
      {place.name && <Text className='place-name'>{place.name}</Text>}
      <Text className='block'>{line}</Text>
      <View className='btn-row'>
        {canMap && (
          <View
            className='btn'
            data-testid='open-map'
            {...tapProps(() => openMap({ latitude: place.lat as number, longitude: place.lng as number, name: place.name, address: place.address }))}
          >
            <Text>🗺️ {t.service.map}</Text>
          </View>
        )}
        <View className='btn' {...tapProps(copy)} data-testid='copy-address'>
          <Text>📋 {t.service.copyAddress}</Text>
        </View>
      </View>
      <Text className='sub-title'>{t.service.hours}</Text>
      {place.hours.length === 0 ? (
        <Text className='muted block'>{t.service.noHours}</Text>
      ) : (
        <View className='week' data-testid='week'>
          {weekTable(place.hours).map((d) => (
            <View key={d.day} className='day'>
              <Text className='day-name'>{t.weekdays[d.day]}</Text>
              <Text className={d.ranges.length ? 'day-hours' : 'day-hours muted'}>{d.ranges.length ? d.ranges.join('  ') : t.service.closedDay}</Text>
            </View>
          ))}
        </View>
      )}
      {place.hoursNote && <Text className='muted block'>{place.hoursNote}</Text>}
    </View>
  );
}

export default function Service() {
  const { lang, t } = useI18n();
  const { city = '', id = '' } = useRouter().params;
  const services = useCached(
    () => peekServices(city, lang),
    (force) => getServices(city, lang, force),
    [city, lang],
  );
  const service = services.state?.ok ? services.state.data.find((s) => s.id === decodeURIComponent(id)) : undefined;
  if (!service) {
    return (
      <Screen title={t.service.title}>
        <Text className='muted block'>{services.state ? t.service.notFound : t.common.loading}</Text>
      </Screen>
    );
  }
  const open = openNow(service, new Date());
  const phone = service.phone;
  const spoken = service.languages.map((l) => t.spoken[l] ?? l).join('、');
  return (
    <Screen title={t.service.title}>
      <View className='head'>
        <Text className='name' data-testid='service-name'>
          {service.name}
        </Text>
        {open !== null && (
          <Text className={`badge ${open ? 'badge-open' : 'badge-closed'}`}>{openBadge(open, service.verified, t.directory)}</Text>
        )}
      </View>
      <Verification service={service} />
      {service.organization.name !== service.name && <Text className='muted block'>{service.organization.name}</Text>}
      {service.description && <Text className='block'>{service.description}</Text>}
      <View>
        {service.tags.map((tg) => (
          <Text key={tg} className='tag'>
            {t.tags[tg]}
          </Text>
        ))}
      </View>
      {phone && (
        <View className='btn btn-primary call' {...tapProps(() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined))} data-testid='call'>
          <Text>📞 {t.service.call} {phone}</Text>
        </View>
      )}
      {spoken && (
        <View className='card'>
          <Text className='sub-title'>🗣️ {t.service.languages}</Text>
          <Text className='block'>{spoken}</Text>
        </View>
      )}
      {service.closures.length > 0 && (
        <View className='card closures'>
          <Text className='sub-title'>⚠️ {t.service.closures}</Text>
          {service.closures.map((c) => (
            <Text key={c.from} className='block'>
              {t.service.closedFromTo(c.from, c.to)}
              {c.reason ? ` · ${c.reason}` : ''}
            </Text>
          ))}
        </View>
      )}
      {service.locations.map((l) => (
        <Location key={l.id} place={l} />
      ))}
      {service.notes && <Text className='muted block'>{service.notes}</Text>}
      {service.organization.website && (
        <Text className='muted block'>
          {t.service.website}: {service.organization.website}
        </Text>
      )}
    </Screen>
  );
}
