import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text, Input } from '@tarojs/components';
import type { CheckResponse, IdentifierKind } from '@lotus/server/contract/alerts';
import { useI18n } from '../../i18n';
import { postCheck } from '../../services/check';
import { looksValid } from '../../lib/identifiers';
import { Screen } from '../../components/Screen';
import { IDENTIFIER_KINDS, KIND_ICONS } from '../../icons';
import { Answer } from './Answer';
import './index.scss';

type Region = 'FR' | 'CN';
type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'answer'; answer: CheckResponse } | { kind: 'invalid' } | { kind: 'error'; message: string };

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
    if (!looksValid(kind, value)) {
      setState({ kind: 'invalid' });
      return;
    }
    setState({ kind: 'busy' });
    const res = await postCheck({ kind, value: value.trim(), lang, ...(kind === 'phone' ? { region } : {}) });
    if (res.ok) setState({ kind: 'answer', answer: res.data });
    else if (res.error.status === 400 || res.error.status === 422) setState({ kind: 'invalid' });
    else setState({ kind: 'error', message: res.error.status === 0 ? t.common.noNetwork : t.common.loadFailed });
  };

  return (
    <Screen title={t.check.title}>
      <Text className='intro'>{t.check.intro}</Text>
      <View className='kinds'>
        {IDENTIFIER_KINDS.map((k) => (
          <View key={k} className={`kind ${k === kind ? 'kind-on' : ''}`} onClick={() => pickKind(k)} data-testid={`kind-${k}`}>
            <Text className='kind-icon'>{KIND_ICONS[k]}</Text>
            <Text>{t.check.kinds[k]}</Text>
          </View>
        ))}
      </View>
      {kind === 'phone' && (
        <View className='region'>
          <Text className='muted'>{t.check.region}</Text>
          {(['FR', 'CN'] as const).map((r) => (
            <View key={r} className={`chip ${region === r ? 'chip-on' : ''}`} onClick={() => setRegion(r)} data-testid={`region-${r}`}>
              <Text>{t.check.regions[r]}</Text>
            </View>
          ))}
        </View>
      )}
      <Input
        className='input'
        value={value}
        placeholder={t.check.placeholders[kind]}
        onInput={(e) => {
          setValue(e.detail.value);
          if (state.kind === 'invalid') setState({ kind: 'idle' });
        }}
        onConfirm={() => void submit()}
        data-testid='check-input'
      />
      <View className={`btn btn-primary ${state.kind === 'busy' ? 'btn-disabled' : ''}`} onClick={() => state.kind !== 'busy' && void submit()} data-testid='check-submit'>
        <Text>{state.kind === 'busy' ? t.check.checking : `🔍 ${t.check.submit}`}</Text>
      </View>
      {state.kind === 'invalid' && (
        <Text className='error-box block' data-testid='check-invalid'>
          {t.check.invalid[kind]}
        </Text>
      )}
      {state.kind === 'error' && <Text className='error-box block'>{state.message}</Text>}
      {state.kind === 'answer' && (
        <View>
          <Answer answer={state.answer} />
          <View className='btn' onClick={() => void Taro.navigateTo({ url: `/pages/report/index?kind=${kind}` })}>
            <Text>📣 {t.check.reportThis}</Text>
          </View>
        </View>
      )}
    </Screen>
  );
}
