import { View, Text } from '@tarojs/components';
import type { ReportCategory } from '@lotus/server/contract/alerts';
import { useI18n } from '../../i18n';
import { tapProps } from '../../platform';
import { CATEGORY_ICONS, REPORT_CATEGORIES } from '../../icons';
import { monthLabel, recentMonths } from './months';

/** What he did, as big cards with an icon: several can be on, a second tap takes one off. */
export function CategoryGrid({ chosen, onToggle, testIdPrefix }: { chosen: readonly ReportCategory[]; onToggle: (c: ReportCategory) => void; testIdPrefix: string }) {
  const { t } = useI18n();
  return (
    <View className='grid'>
      {REPORT_CATEGORIES.map((c) => {
        const on = chosen.includes(c);
        return (
          <View key={c} className={`cell ${on ? 'cell-on' : ''}`} {...tapProps(() => onToggle(c), { pressed: on })} data-testid={`${testIdPrefix}${c}`}>
            <Text className='cell-icon'>{CATEGORY_ICONS[c]}</Text>
            <Text>
              {on ? '✓ ' : ''}
              {t.reportCategories[c]}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

/** When it happened: "I don't remember" or one of the last months, in her language. */
export function MonthChips({ month, onMonth, testIdPrefix }: { month: string | null; onMonth: (m: string | null) => void; testIdPrefix: string }) {
  const { t } = useI18n();
  return (
    <View className='chips'>
      <View className={`chip ${month === null ? 'chip-on' : ''}`} {...tapProps(() => onMonth(null), { pressed: month === null })}>
        <Text>{t.report.noMonth}</Text>
      </View>
      {recentMonths(new Date()).map((m) => (
        <View key={m} className={`chip ${month === m ? 'chip-on' : ''}`} {...tapProps(() => onMonth(m), { pressed: month === m })} data-testid={`${testIdPrefix}${m}`}>
          <Text>{monthLabel(t, m)}</Text>
        </View>
      ))}
    </View>
  );
}
