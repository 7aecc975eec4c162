import { View, Text } from '@tarojs/components';
import { tapProps } from '../../platform';

interface Props {
  icon: string;
  label: string;
  hint: string;
  onTap: () => void;
  testId: string;
  tone?: 'danger';
}

export function Tile({ icon, label, hint, onTap, testId, tone }: Props) {
  return (
    <View className={`tile ${tone === 'danger' ? 'tile-danger' : ''}`} {...tapProps(onTap)} data-testid={testId}>
      <Text className='tile-icon'>{icon}</Text>
      <Text className='tile-label'>{label}</Text>
      <Text className='tile-hint'>{hint}</Text>
    </View>
  );
}
