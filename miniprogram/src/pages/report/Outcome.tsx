import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { errorText } from '../../locales/errors';
import { tapProps } from '../../platform';
import { Reference } from './Reference';

export type ReportOutcome = { kind: 'sent'; reference: string } | { kind: 'queued' } | { kind: 'rejected'; code: string };

/** What happened to her report: its reference to withdraw it later, kept for later, or why it was refused. */
export function Outcome({ outcome, onRestart }: { outcome: ReportOutcome; onRestart: () => void }) {
  const { lang, t } = useI18n();
  const copyReference = (reference: string) => () =>
    void Taro.setClipboardData({ data: reference }).then(() => Taro.showToast({ title: t.common.copied, icon: 'none' })).catch(() => undefined);
  return (
    <View data-testid='report-outcome'>
      {outcome.kind === 'sent' && (
        <View className='card done'>
          <Text className='done-head'>✅ {t.report.sent}</Text>
          <Text className='block'>{t.report.reference}</Text>
          <Reference code={outcome.reference} className='reference' testId='report-reference' />
          <View className='btn' {...tapProps(copyReference(outcome.reference))} data-testid='copy-reference'>
            <Text>📋 {t.report.copyReference}</Text>
          </View>
          <Text className='muted block'>{t.report.referenceHelp}</Text>
        </View>
      )}
      {outcome.kind === 'queued' && (
        <View className='card queued' data-testid='report-queued'>
          <Text className='done-head'>📥 {t.report.queued}</Text>
          <Text className='block'>{t.report.queuedHelp}</Text>
        </View>
      )}
      {outcome.kind === 'rejected' && (
        <Text className='error-box block'>
          {t.report.rejected} {errorText(outcome.code, lang)}
        </Text>
      )}
      <View className='btn' {...tapProps(onRestart)}>
        <Text>{t.report.newReport}</Text>
      </View>
    </View>
  );
}
