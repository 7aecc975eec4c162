import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text, Input } from '@tarojs/components';
import type { CheckResponse, IdentifierKind } from '@lotus/server/contract/alerts';
import { identifierProblem } from '@lotus/server/contract/identifiers';
import { useI18n } from '../../i18n';
import { deviceId } from '../../services/device';
import { postCheck } from '../../services/check';
import { errorText } from '../../locales/errors';
import { inputLabel, phoneInputProps, tapProps } from '../../platform';
import { Screen } from '../../components/Screen';
import { IDENTIFIER_KINDS, KIND_ICONS } from '../../icons';
import { handOver } from '../report/prefill';
import { Answer } from './Answer';
import './index.scss';

type Region = 'FR' | 'CN';
type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'answer'; answer: CheckResponse } | { kind: 'problem'; text: string };

function isKind(value: string | undefined): value is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(value ?? '');
}

export default function Check() {
  const { lang, t } = useI18n();
  const param = useRouter().params.kind;
  const [kind, setKind] = useState<IdentifierKind>(isKind(param) ? param : 'phone');
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

  const inputProps = kind === 'phone' ? phoneInputProps(t.check.kinds.phone) : inputLabel(t.check.kinds[kind]);

  return (
    <Screen title={t.check.title}>
      <Text className='intro'>{t.check.intro}</Text>
      <View className='kinds'>
        {IDENTIFIER_KINDS.map((k) => (
          <View key={k} className={`kind ${k === kind ? 'kind-on' : ''}`} {...tapProps(() => pickKind(k), { pressed: k === kind })} data-testid={`kind-${k}`}>
            <Text className='kind-icon'>{KIND_ICONS[k]}</Text>
            <Text>{t.check.kinds[k]}</Text>
          </View>
        ))}
      </View>
      {kind === 'phone' && (
        <View className='region'>
          <Text className='muted'>{t.check.region}</Text>
          {(['FR', 'CN'] as const).map((r) => (
            <View key={r} className={`chip ${region === r ? 'chip-on' : ''}`} {...tapProps(() => setRegion(r), { pressed: region === r })} data-testid={`region-${r}`}>
              <Text>{t.check.regions[r]}</Text>
            </View>
          ))}
        </View>
      )}
      <Input
        key={kind}
        className='input'
        value={value}
        placeholder={t.check.placeholders[kind]}
        {...inputProps}
        onInput={(e) => {
          setValue(e.detail.value);
          if (state.kind === 'problem') setState({ kind: 'idle' });
        }}
        onConfirm={() => void submit()}
        data-testid='check-input'
      />
      <View className={`btn btn-primary ${state.kind === 'busy' ? 'btn-disabled' : ''}`} {...tapProps(() => state.kind !== 'busy' && void submit())} data-testid='check-submit'>
        <Text>{state.kind === 'busy' ? t.check.checking : `🔍 ${t.check.submit}`}</Text>
      </View>
      {state.kind === 'problem' && (
        <Text className='error-box block' data-testid='check-invalid'>
          {state.text}
        </Text>
      )}
      {state.kind === 'answer' && (
        <View>
          <Answer answer={state.answer} />
          <View className='btn' {...tapProps(reportToo)} data-testid='report-too'>
            <Text>📣 {t.check.reportThis}</Text>
          </View>
        </View>
      )}
    </Screen>
  );
}
