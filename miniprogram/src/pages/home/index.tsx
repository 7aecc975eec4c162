import { View, Text } from '@tarojs/components';
import { isOpenAt } from '@lotus/server/contract/hours';

export default function Home() {
  const open = isOpenAt([{ days: ['mon'], open: '09:00', close: '17:00' }], [], 'Europe/Paris', new Date());
  return (
    <View>
      <Text>{open ? 'open' : 'closed'}</Text>
    </View>
  );
}
