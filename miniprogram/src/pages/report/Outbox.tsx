import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { outbox } from '../../outbox';
import { deleteReport } from '../../services/reports';
import { CATEGORY_ICONS } from '../../icons';
import { errorText } from '../../locales/errors';
import { tapProps } from '../../platform';
import { Reference } from './Reference';
import { categoriesOf } from '../../lib/reportQueue';

/** Reports waiting on the device, and the ones sent from it (reference only), with withdraw. */
export function Outbox() {
  const { lang, t } = useI18n();
  const [, setTick] = useState(0);
  useEffect(() => outbox.subscribe(() => setTick((n) => n + 1)), []);
  const pending = outbox.pending();
  const sent = outbox.sent();

  const withdraw = async (reference: string) => {
    // Withdrawing deletes the report on the server for good: one tap must not do it by accident.
    const answer = await Taro.showModal({
      title: t.report.withdrawConfirmTitle,
      content: t.report.withdrawConfirm,
      confirmText: t.report.withdraw,
      cancelText: t.common.cancel,
    }).catch(() => ({ confirm: false }));
    if (!answer.confirm) return;
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
                {categoriesOf(r.body).map((c) => `${CATEGORY_ICONS[c]} ${t.reportCategories[c]}`).join(' · ')}
                {r.rejected && r.error ? ` · ${errorText(r.error, lang)}` : ''}
              </Text>
              <View className='chip' {...tapProps(() => outbox.discard(r.id))}>
                <Text>{t.report.discard}</Text>
              </View>
            </View>
          ))}
          <View className='btn btn-primary' {...tapProps(() => void outbox.flush({ includeRejected: true }))} data-testid='send-now'>
            <Text>{t.report.sendNow}</Text>
          </View>
        </View>
      )}
      {sent.length > 0 && (
        <View className='card'>
          <Text className='sub'>{t.report.myReports}</Text>
          {sent.map((s) => (
            <View key={s.reference} className='row'>
              <Reference code={s.reference} className='row-text row-ref' lead={categoriesOf(s).map((c) => CATEGORY_ICONS[c]).join('')} />
              {s.withdrawn ? (
                <Text className='muted'>{t.report.withdrawn}</Text>
              ) : (
                <View className='chip' {...tapProps(() => void withdraw(s.reference))} data-testid='withdraw'>
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
