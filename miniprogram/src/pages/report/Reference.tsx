import { View, Text } from '@tarojs/components';

/** A report reference in its groups of four, which never break inside: copied by hand group by group. */
export function Reference({ code, className, testId, lead }: { code: string; className: string; testId?: string; lead?: string }) {
  return (
    <View className={className} data-testid={testId}>
      {lead && <Text className='ref-group'>{lead} </Text>}
      {code.split('-').map((g, i) => (
        <Text key={i} className='ref-group'>
          {i > 0 ? '-' : ''}
          {g}
        </Text>
      ))}
    </View>
  );
}
