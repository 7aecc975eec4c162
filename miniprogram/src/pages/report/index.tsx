import { useEffect, useReducer, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { cache } from '../../cache';
import { outbox } from '../../outbox';
import { deviceId } from '../../services/device';
import { useCached } from '../../hooks';
import { getCities, peekCities } from '../../services/cities';
import { tapProps } from '../../platform';
import { isIdentifierKind } from '../../components/IdentifierField';
import { Screen } from '../../components/Screen';
import { orderCities } from '../../lib/cities';
import { Outbox } from './Outbox';
import { takeOver } from './prefill';
import { draftReducer, initialDraft, STEPS, toRequest } from './draft';
import { StepWho } from './StepWho';
import { StepWhat } from './StepWhat';
import { StepMore } from './StepMore';
import { Outcome, type ReportOutcome } from './Outcome';
import { Describe } from './Describe';
import './index.scss';

export default function Report() {
  const { lang, t } = useI18n();
  const { kind: param, mode } = useRouter().params;
  // From a check's "report it too": the number she just checked, already filled in.
  const [draft, dispatch] = useReducer(draftReducer, null, () =>
    initialDraft({ prefill: takeOver(), kind: isIdentifierKind(param) ? param : undefined, lastCity: cache.lastCity() }),
  );
  // "没有号码": the description form instead of the identifier steps (also opened from the alerts page).
  const [describing, setDescribing] = useState(mode === 'describe');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const cities = useCached(() => peekCities(lang), (force) => getCities(lang, force), [lang]);

  useEffect(() => {
    void outbox.flush();
    // Asked now, so the issued id is on the device before she sends: sending itself never waits for the network.
    void deviceId();
  }, []);

  const send = async () => {
    if (draft.categories.length === 0 || busy) return;
    setBusy(true);
    // Saved on the device before any network call: a crash or a dead network cannot lose it.
    const item = outbox.enqueue(toRequest(draft, cache.device()));
    const result = await outbox.flush();
    const sent = result.sent.find((s) => s.id === item.id);
    const failed = result.failed.find((f) => f.id === item.id);
    if (sent) setOutcome({ kind: 'sent', reference: sent.reference });
    else if (failed && !failed.retry) setOutcome({ kind: 'rejected', code: failed.code });
    else setOutcome({ kind: 'queued' });
    setBusy(false);
  };

  const restart = () => {
    dispatch({ type: 'restart' });
    setOutcome(null);
  };

  const { step } = draft;
  return (
    <Screen title={describing ? t.alerts.formTitle : t.report.title}>
      <Text className='muted block anon'>🔒 {t.report.anonymous}</Text>
      {outcome ? (
        <Outcome outcome={outcome} onRestart={restart} />
      ) : describing ? (
        <Describe cities={orderCities(cities.state?.ok ? cities.state.data : [], lang)} onHaveNumber={() => setDescribing(false)} />
      ) : (
        <View>
          <Text className='muted block'>{t.report.step(step, STEPS)}</Text>
          {step === 1 && (
            <View className='card no-number' {...tapProps(() => setDescribing(true))} data-testid='report-no-number'>
              <Text className='no-number-head'>📝 {t.alerts.noNumber} ›</Text>
              <Text className='muted'>{t.alerts.noNumberHint}</Text>
            </View>
          )}
          {step === 1 && <StepWho draft={draft} dispatch={dispatch} />}
          {step === 2 && <StepWhat draft={draft} dispatch={dispatch} />}
          {step === 3 && <StepMore draft={draft} dispatch={dispatch} cities={orderCities(cities.state?.ok ? cities.state.data : [], lang)} />}
          <View className='btn-row'>
            {step > 1 && (
              <View className='btn' {...tapProps(() => dispatch({ type: 'previous' }))}>
                <Text>{t.report.previous}</Text>
              </View>
            )}
            {step < STEPS ? (
              <View className={`btn btn-primary ${step === 2 && draft.categories.length === 0 ? 'btn-disabled' : ''}`} {...tapProps(() => dispatch({ type: 'next' }))} data-testid='report-next'>
                <Text>{t.report.next}</Text>
              </View>
            ) : (
              <View className={`btn btn-primary ${busy ? 'btn-disabled' : ''}`} {...tapProps(() => void send())} data-testid='report-send'>
                <Text>{busy ? t.report.sending : t.report.send}</Text>
              </View>
            )}
          </View>
        </View>
      )}
      <Outbox />
      {/* What an identifier report keeps; a description keeps nothing about her, as its form says. */}
      {!describing && (
        <Text className='muted block kept' data-testid='report-kept'>
          🔒 {t.report.kept}
        </Text>
      )}
    </Screen>
  );
}
