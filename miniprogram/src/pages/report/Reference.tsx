import { View, Text } from '@tarojs/components';

/** A report reference in its groups of four, which never break inside: copied by hand group by group. */
export function Reference({ code, className, testId }: { code: string; className: string; testId?: string }) {
  return (
    <View className={className} data-testid={testId}>
      {code.split('-').map((g, i) => (
        <Text key={i} className='ref-group'>
          {i > 0 ? '-' : ''}
          {g}
        </Text>
      ))}
    </View>
  );
}
