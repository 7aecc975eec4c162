import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { CheckResponse, IdentifierKind } from '@lotus/server/contract/alerts';
import { identifierProblem } from '@lotus/server/contract/identifiers';
import { useI18n } from '../../i18n';
import { deviceId } from '../../services/device';
import { postCheck } from '../../services/check';
import { errorText } from '../../locales/errors';
import { tapProps } from '../../platform';
import { Screen } from '../../components/Screen';
import { pageScene } from '../../share';
import { IdentifierField, isIdentifierKind, type Region } from '../../components/IdentifierField';
import { handOver } from '../report/prefill';
import { Answer } from './Answer';
import { AlertSubscribe } from '../../components/AlertSubscribe';
import { cache } from '../../cache';
import './index.scss';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'answer'; answer: CheckResponse } | { kind: 'problem'; text: string };

export default function Check() {
  const { lang, t } = useI18n();
  const param = useRouter().params.kind;
  const [kind, setKind] = useState<IdentifierKind>(isIdentifierKind(param) ? param : 'phone');
  const [value, setValue] = useState('');
  const [region, setRegion] = useState<Region>('FR');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const pickKind = (k: IdentifierKind) => {
    setKind(k);
    setState({ kind: 'idle' });
  };

  const submit = async () => {
    // The same rules as the server (contract/identifiers.ts), so a typo is caught at once, even offline.
    const problem = identifierProblem(kind, value);
    if (problem) {
      setState({ kind: 'problem', text: problem === 'required' ? t.check.empty[kind] : errorText(problem, lang) });
      return;
    }
    setState({ kind: 'busy' });
    const res = await postCheck({ kind, value: value.trim(), lang, device: await deviceId(), ...(kind === 'phone' ? { region } : {}) });
    if (res.ok) setState({ kind: 'answer', answer: res.data });
    else setState({ kind: 'problem', text: errorText(res.error.code, lang) });
  };

  const reportToo = () => {
    handOver({ kind, value: value.trim(), ...(kind === 'phone' ? { region } : {}) });
    void Taro.navigateTo({ url: '/pages/report/index' });
  };

  return (
    <Screen title={t.check.title} share={pageScene({ kind: 'page', page: 'check' })}>
      <Text className='intro'>{t.check.intro}</Text>
      <IdentifierField
        testId='check'
        kind={kind}
        onKind={pickKind}
        region={region}
        onRegion={setRegion}
        value={value}
        onValue={(v) => {
          setValue(v);
          if (state.kind === 'problem') setState({ kind: 'idle' });
        }}
        problem={state.kind === 'problem' ? state.text : null}
        onConfirm={() => void submit()}
      />
      <View className={`btn btn-primary ${state.kind === 'busy' ? 'btn-disabled' : ''}`} {...tapProps(() => state.kind !== 'busy' && void submit())} data-testid='check-submit'>
        <Text>{state.kind === 'busy' ? t.check.checking : `🔍 ${t.check.submit}`}</Text>
      </View>
      {state.kind === 'answer' && (
        <View>
          <Answer answer={state.answer} />
          <View className='btn' {...tapProps(reportToo)} data-testid='report-too'>
            <Text>📣 {t.check.reportThis}</Text>
          </View>
        </View>
      )}
      {/* Abusers change numbers: the alerts by description, for when the number says nothing. */}
      <View className='btn' {...tapProps(() => void Taro.navigateTo({ url: '/pages/alerts/index' }))} data-testid='check-alerts'>
        <Text>🔔 {t.alerts.fromCheck}</Text>
      </View>
      <AlertSubscribe cities={[cache.lastCity() ?? 'paris']} />
    </Screen>
  );
}
