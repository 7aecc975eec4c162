import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { useCached } from '../../hooks';
import { getProgramme, peekProgramme } from '../../services/programme';
import { startSms, tapProps } from '../../platform';
import { EMERGENCY_CALLS, EMERGENCY_SMS, PROGRAMME } from '../../programme';
import { Screen } from '../../components/Screen';
import './index.scss';

/** Calls go through the phone's own dialler, which asks before dialling. */
function call(phoneNumber: string) {
  void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);
}

const ICONS: Record<(typeof EMERGENCY_CALLS)[number], string> = {
  '112': '🆘',
  '15': '🚑',
  '17': '👮',
  '115': '🏠',
  '119': '🧒',
  '3114': '💗',
  '3919': '📞',
};

const RED = new Set(['112', '15', '17']);

function Big({ icon, label, hint, onTap, tone, testId }: { icon: string; label: string; hint: string; onTap: () => void; tone?: string; testId: string }) {
  return (
    <View className={`big ${tone ?? ''}`} {...tapProps(onTap)} data-testid={testId}>
      <Text className='big-icon'>{icon}</Text>
      <View className='big-text'>
        <Text className='big-label'>{label}</Text>
        <Text className='big-hint'>{hint}</Text>
      </View>
    </View>
  );
}

export default function Emergency() {
  const { t } = useI18n();
  const programme = useCached(peekProgramme, (force) => getProgramme(force), []);
  const phone = programme.state?.ok ? programme.state.data.phone : null;
  const sms = async () => {
    if (await startSms(EMERGENCY_SMS)) void Taro.showToast({ title: t.emergency.sms114Copied, icon: 'none', duration: 3000 });
  };
  const copyEmail = () =>
    void Taro.setClipboardData({ data: PROGRAMME.email })
      .then(() => Taro.showToast({ title: t.emergency.emailCopied, icon: 'none' }))
      .catch(() => undefined);

  return (
    <Screen title={t.emergency.title}>
      <Text className='intro'>{t.emergency.intro}</Text>
      {EMERGENCY_CALLS.map((n) => (
        <Big
          key={n}
          icon={ICONS[n]}
          label={t.emergency.numbers[n].label}
          hint={t.emergency.numbers[n].hint}
          onTap={() => call(n)}
          tone={RED.has(n) ? 'red' : undefined}
          testId={`call-${n}`}
        />
      ))}
      <Big icon='💬' label={t.emergency.sms114} hint={t.emergency.sms114Hint} onTap={() => void sms()} testId='sms-114' />
      {phone ? (
        <Big icon='🌸' label={t.emergency.programme} hint={`${t.emergency.programmeHint} · ${phone}`} onTap={() => call(phone)} testId='call-programme' />
      ) : (
        <Big icon='🌸' label={t.emergency.programmeWrite} hint={`${t.emergency.programmeWriteHint} · ${PROGRAMME.email}`} onTap={copyEmail} testId='write-programme' />
      )}
      <Big
        icon='💊'
        label={t.emergency.pep}
        hint={t.emergency.pepHint}
        onTap={() => void Taro.navigateTo({ url: '/pages/articles/index?category=emergency' })}
        tone='pep'
        testId='pep'
      />
    </Screen>
  );
}
