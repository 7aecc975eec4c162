import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { outbox } from '../../outbox';
import { deleteReport } from '../../services/reports';
import { CATEGORY_ICONS } from '../../icons';

/** Reports waiting on the device, and the ones sent from it (reference only), with withdraw. */
export function Outbox() {
  const { t } = useI18n();
  const [, setTick] = useState(0);
  useEffect(() => outbox.subscribe(() => setTick((n) => n + 1)), []);
  const pending = outbox.pending();
  const sent = outbox.sent();

  const withdraw = async (reference: string) => {
    const res = await deleteReport(reference);
    if (res.ok || res.error.status === 404) outbox.markWithdrawn(reference);
  };

  return (
    <View>
      {pending.length > 0 && (
        <View className='card pending' data-testid='pending'>
          <Text className='sub'>📥 {t.report.pending(pending.length)}</Text>
          {pending.map((r) => (
            <View key={r.id} className='row'>
              <Text className='row-text'>
                {CATEGORY_ICONS[r.body.category]} {t.reportCategories[r.body.category]}
                {r.rejected && r.error ? ` · ${r.error}` : ''}
              </Text>
              <View className='chip' onClick={() => outbox.discard(r.id)}>
                <Text>{t.report.discard}</Text>
              </View>
            </View>
          ))}
          <View className='btn btn-primary' onClick={() => void outbox.flush({ includeRejected: true })} data-testid='send-now'>
            <Text>{t.report.sendNow}</Text>
          </View>
        </View>
      )}
      {sent.length > 0 && (
        <View className='card'>
          <Text className='sub'>{t.report.myReports}</Text>
          {sent.map((s) => (
            <View key={s.reference} className='row'>
              <Text className='row-text'>
                {CATEGORY_ICONS[s.category]} {s.reference}
              </Text>
              {s.withdrawn ? (
                <Text className='muted'>{t.report.withdrawn}</Text>
              ) : (
                <View className='chip' onClick={() => void withdraw(s.reference)}>
                  <Text>{t.report.withdraw}</Text>
                </View>
              )}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
