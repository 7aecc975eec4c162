import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { useCached } from '../../hooks';
import { getServices, peekServices } from '../../services/services';
import { startSms } from '../../platform';
import { EMERGENCY_NUMBERS, PROGRAMME } from '../../programme';
import { Screen } from '../../components/Screen';
import './index.scss';

/** Nothing on this page plays a sound or vibrates: calls go through the phone's own dialler. */
function call(phoneNumber: string) {
  void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);
}

function Big({ icon, label, hint, onTap, tone, testId }: { icon: string; label: string; hint: string; onTap: () => void; tone?: string; testId: string }) {
  return (
    <View className={`big ${tone ?? ''}`} onClick={onTap} data-testid={testId}>
      <Text className='big-icon'>{icon}</Text>
      <View className='big-text'>
        <Text className='big-label'>{label}</Text>
        <Text className='big-hint'>{hint}</Text>
      </View>
    </View>
  );
}

export default function Emergency() {
  const { lang, t } = useI18n();
  const paris = useCached(
    () => peekServices(PROGRAMME.city, lang),
    (force) => getServices(PROGRAMME.city, lang, force),
    [lang],
  );
  const programmePhone = paris.state?.ok ? paris.state.data.find((s) => s.id === PROGRAMME.serviceId)?.phone ?? null : null;
  const sms = async () => {
    if (await startSms(EMERGENCY_NUMBERS.sms)) void Taro.showToast({ title: t.emergency.sms114Copied, icon: 'none', duration: 3000 });
  };

  return (
    <Screen title={t.emergency.title}>
      <Text className='intro'>{t.emergency.intro}</Text>
      <Big icon='🆘' label={t.emergency.call112} hint={t.emergency.call112Hint} onTap={() => call(EMERGENCY_NUMBERS.all)} tone='red' testId='call-112' />
      <Big icon='🚑' label={t.emergency.call15} hint={t.emergency.call15Hint} onTap={() => call(EMERGENCY_NUMBERS.medical)} tone='red' testId='call-15' />
      <Big icon='🛡️' label={t.emergency.call17} hint={t.emergency.call17Hint} onTap={() => call(EMERGENCY_NUMBERS.help)} tone='red' testId='call-17' />
      <Big icon='💬' label={t.emergency.sms114} hint={t.emergency.sms114Hint} onTap={() => void sms()} testId='sms-114' />
      {programmePhone && (
        <Big icon='🌸' label={t.emergency.programme} hint={`${t.emergency.programmeHint} · ${programmePhone}`} onTap={() => call(programmePhone)} testId='call-programme' />
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
