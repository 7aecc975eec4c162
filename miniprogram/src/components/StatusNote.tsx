import { Text } from '@tarojs/components';
import { ago } from '../lib/ago';
import { useI18n } from '../i18n';

/** How old the data on screen is; louder when it comes from the device because the network failed. */
export function StatusNote({ savedAt, offline }: { savedAt: number; offline: boolean }) {
  const { t } = useI18n();
  const when = ago(savedAt, Date.now(), t.common);
  return (
    <Text className={offline ? 'status-note status-offline' : 'status-note'} data-testid={offline ? 'offline-note' : 'updated-note'}>
      {offline ? t.common.offlineSaved(when) : t.common.updatedAgo(when)}
    </Text>
  );
}
