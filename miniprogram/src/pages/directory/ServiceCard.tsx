import { memo } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { ServiceDTO } from '@lotus/server/contract/directory';
import type { Messages } from '../../locales/types';
import { openBadge } from '../../lib/openNow';
import { tapProps } from '../../platform';
import { Verification } from '../../components/Verification';

interface Props {
  service: ServiceDTO;
  city: string;
  /** Open now by the device's clock (lib/openNow), null when the hours are not known. */
  open: boolean | null;
  t: Messages;
}

/**
 * One service in the directory's list. Kept (memo) while its props stay the same, so each batch of
 * cards the list adds draws only the new ones, not every card drawn before.
 */
export const ServiceCard = memo(function ServiceCard({ service: s, city, open, t }: Props) {
  const place = s.locations[0];
  return (
    <View className='card service' {...tapProps(() => void Taro.navigateTo({ url: `/pages/service/index?city=${city}&id=${encodeURIComponent(s.id)}` }))} data-testid='service'>
      <View className='service-head'>
        <Text className='service-name'>{s.name}</Text>
        {open !== null && (
          <Text className={`badge ${open ? 'badge-open' : 'badge-closed'}`} data-testid={open ? 'open-now' : 'closed-now'}>
            {openBadge(open, s.verified, t.directory)}
          </Text>
        )}
      </View>
      <Verification service={s} />
      {s.organization.name !== s.name && <Text className='muted block'>{s.organization.name}</Text>}
      {s.mobile ? <Text className='muted block'>🚌 {t.directory.mobile}</Text> : place && <Text className='muted block'>{place.address}</Text>}
      <View>
        {s.tags.map((tg) => (
          <Text key={tg} className='tag'>
            {t.tags[tg]}
          </Text>
        ))}
      </View>
    </View>
  );
});
