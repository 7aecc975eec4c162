import { View, Text } from '@tarojs/components';
import type { DescriptionAlertDTO } from '@lotus/server/contract/descriptionAlerts';
import { useI18n } from '../../i18n';
import { CATEGORY_ICONS, DESCRIPTION_LEVEL_ICONS } from '../../icons';
import { monthLabel } from '../report/months';

/** One alert: its level as an icon and a word first (never a colour alone), then what, where, when, and the description. */
export function AlertCard({ alert }: { alert: DescriptionAlertDTO }) {
  const { t } = useI18n();
  return (
    <View className={`card alert alert-${alert.level}`} data-testid='alert'>
      <Text className='alert-level' data-testid='alert-level'>
        {DESCRIPTION_LEVEL_ICONS[alert.level]} {t.alerts.levels[alert.level]}
      </Text>
      <View className='alert-categories'>
        {alert.categories.map((c) => (
          <Text key={c} className='tag'>
            {CATEGORY_ICONS[c]} {t.reportCategories[c]}
          </Text>
        ))}
      </View>
      <Text className='alert-text' data-testid='alert-text'>
        {alert.text}
      </Text>
      <Text className='alert-meta'>
        📅 {monthLabel(t, alert.month)}
        {alert.area ? `　📍 ${t.alerts.area(alert.area)}` : ''}
      </Text>
    </View>
  );
}
