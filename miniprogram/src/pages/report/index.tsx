import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text, Input, Textarea } from '@tarojs/components';
import type { IdentifierKind, ReportCategory, ReportCreateRequest, ReportLevel } from '@lotus/server/contract/alerts';
import { useI18n } from '../../i18n';
import { cache } from '../../cache';
import { outbox } from '../../outbox';
import { deviceId } from '../../services/device';
import { useCached } from '../../hooks';
import { getCities, peekCities } from '../../services/cities';
import { identifierProblem } from '@lotus/server/contract/identifiers';
import type { ErrorCode } from '@lotus/server/contract/errors';
import { errorText } from '../../locales/errors';
import { inputLabel, phoneInputProps, tapProps } from '../../platform';
import { CATEGORY_ICONS, IDENTIFIER_KINDS, KIND_ICONS, LEVEL_ICONS, REPORT_CATEGORIES, REPORT_LEVELS } from '../../icons';
import { Screen } from '../../components/Screen';
import { Outbox } from './Outbox';
import { orderCities } from '../../lib/cities';
import { monthLabel, recentMonths } from './months';
import { takeOver } from './prefill';
import { toggleCategory } from './categories';
import { Reference } from './Reference';
import './index.scss';

type Outcome = { kind: 'sent'; reference: string } | { kind: 'queued' } | { kind: 'rejected'; code: string };
const STEPS = 3;

function isKind(value: string | undefined): value is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(value ?? '');
}

export default function Report() {
  const { lang, t } = useI18n();
  const param = useRouter().params.kind;
  // From a check's "report it too": the number she just checked, already filled in.
  const [prefill] = useState(takeOver);
  const [step, setStep] = useState(1);
  const [kind, setKind] = useState<IdentifierKind>(prefill?.kind ?? (isKind(param) ? param : 'phone'));
  const [value, setValue] = useState(prefill?.value ?? '');
  const [region, setRegion] = useState<'FR' | 'CN'>(prefill?.region ?? 'FR');
  const [problem, setProblem] = useState<ErrorCode | null>(null);
  const [categories, setCategories] = useState<ReportCategory[]>([]);
  const [noCategory, setNoCategory] = useState(false);
  const [level, setLevel] = useState<ReportLevel>('risky');
  const [city, setCity] = useState<string | null>(cache.lastCity);
  const [month, setMonth] = useState<string | null>(null);
  const [details, setDetails] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const cities = useCached(() => peekCities(lang), (force) => getCities(lang, force), [lang]);
  const months = recentMonths(new Date());

  useEffect(() => {
    void outbox.flush();
    // Asked now, so the issued id is on the device before she sends: sending itself never waits for the network.
    void deviceId();
  }, []);

  const next = () => {
    const found = step === 1 ? identifierProblem(kind, value) : null;
    if (found) {
      setProblem(found);
      return;
    }
    if (step === 2 && categories.length === 0) {
      setNoCategory(true);
      return;
    }
    setStep(step + 1);
  };

  const send = async () => {
    if (categories.length === 0 || busy) return;
    setBusy(true);
    const body: ReportCreateRequest = {
      kind,
      value: value.trim(),
      ...(kind === 'phone' ? { region } : {}),
      categories,
      level,
      ...(city ? { city } : {}),
      ...(month ? { month } : {}),
      ...(details.trim() ? { details: details.trim() } : {}),
      device: cache.device(),
    };
    // Saved on the device before any network call: a crash or a dead network cannot lose it.
    const item = outbox.enqueue(body);
    const result = await outbox.flush();
    const sent = result.sent.find((s) => s.id === item.id);
    const failed = result.failed.find((f) => f.id === item.id);
    if (sent) setOutcome({ kind: 'sent', reference: sent.reference });
    else if (failed && !failed.retry) setOutcome({ kind: 'rejected', code: failed.code });
    else setOutcome({ kind: 'queued' });
    setBusy(false);
  };

  const restart = () => {
    setStep(1);
    setValue('');
    setCategories([]);
    setLevel('risky');
    setMonth(null);
    setDetails('');
    setOutcome(null);
  };

  const cityList = orderCities(cities.state?.ok ? cities.state.data : [], lang);
  const copyReference = (reference: string) => () =>
    void Taro.setClipboardData({ data: reference }).then(() => Taro.showToast({ title: t.common.copied, icon: 'none' })).catch(() => undefined);

  return (
    <Screen title={t.report.title}>
      <Text className='muted block anon'>🔒 {t.report.anonymous}</Text>
      {outcome ? (
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
          <View className='btn' {...tapProps(restart)}>
            <Text>{t.report.newReport}</Text>
          </View>
        </View>
      ) : (
        <View>
          <Text className='muted block'>{t.report.step(step, STEPS)}</Text>
          {step === 1 && (
            <View>
              <Text className='section-title'>{t.report.stepWho}</Text>
              <View className='grid'>
                {IDENTIFIER_KINDS.map((k) => (
                  <View key={k} className={`cell ${k === kind ? 'cell-on' : ''}`} {...tapProps(() => setKind(k), { pressed: k === kind })} data-testid={`report-kind-${k}`}>
                    <Text className='cell-icon'>{KIND_ICONS[k]}</Text>
                    <Text>{t.check.kinds[k]}</Text>
                  </View>
                ))}
              </View>
              {kind === 'phone' && (
                <View className='chips'>
                  {(['FR', 'CN'] as const).map((r) => (
                    <View key={r} className={`chip ${region === r ? 'chip-on' : ''}`} {...tapProps(() => setRegion(r), { pressed: region === r })}>
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
                {...(kind === 'phone' ? phoneInputProps(t.check.kinds.phone) : inputLabel(t.check.kinds[kind]))}
                onInput={(e) => {
                  setValue(e.detail.value);
                  setProblem(null);
                }}
                data-testid='report-input'
              />
              {problem && (
                <Text className='error-box block' data-testid='report-invalid'>
                  {problem === 'required' ? t.check.empty[kind] : errorText(problem, lang)}
                </Text>
              )}
            </View>
          )}
          {step === 2 && (
            <View>
              <Text className='section-title'>{t.report.stepWhat}</Text>
              <Text className='muted block'>{t.report.severalCategories}</Text>
              <View className='grid'>
                {REPORT_CATEGORIES.map((c) => {
                  const on = categories.includes(c);
                  return (
                    <View key={c} className={`cell ${on ? 'cell-on' : ''}`} {...tapProps(() => {
                        setCategories((list) => toggleCategory(list, c));
                        setNoCategory(false);
                      }, { pressed: on })} data-testid={`category-${c}`}>
                      <Text className='cell-icon'>{CATEGORY_ICONS[c]}</Text>
                      <Text>
                        {on ? '✓ ' : ''}
                        {t.reportCategories[c]}
                      </Text>
                    </View>
                  );
                })}
              </View>
              {noCategory && (
                <Text className='error-box block' data-testid='report-no-category'>
                  {errorText('no_category', lang)}
                </Text>
              )}
              <Text className='section-title'>{t.report.howBad}</Text>
              <View className='chips'>
                {REPORT_LEVELS.map((l) => (
                  <View key={l} className={`chip ${l === level ? 'chip-on' : ''}`} {...tapProps(() => setLevel(l), { pressed: l === level })} data-testid={`level-${l}`}>
                    <Text>
                      {LEVEL_ICONS[l]} {t.levels[l]}
                    </Text>
                  </View>
                ))}
              </View>
            </View>
          )}
          {step === 3 && (
            <View>
              <Text className='section-title'>{t.report.stepMore}</Text>
              <Text className='label'>{t.report.city}</Text>
              <View className='chips'>
                <View className={`chip ${city === null ? 'chip-on' : ''}`} {...tapProps(() => setCity(null), { pressed: city === null })}>
                  <Text>{t.report.noCity}</Text>
                </View>
                {cityList.map((c) => (
                  <View key={c.slug} className={`chip ${city === c.slug ? 'chip-on' : ''}`} {...tapProps(() => setCity(c.slug), { pressed: city === c.slug })}>
                    <Text>{c.name}</Text>
                  </View>
                ))}
              </View>
              <Text className='label'>{t.report.month}</Text>
              <View className='chips'>
                <View className={`chip ${month === null ? 'chip-on' : ''}`} {...tapProps(() => setMonth(null), { pressed: month === null })}>
                  <Text>{t.report.noMonth}</Text>
                </View>
                {months.map((m) => (
                  <View key={m} className={`chip ${month === m ? 'chip-on' : ''}`} {...tapProps(() => setMonth(m), { pressed: month === m })} data-testid={`month-${m}`}>
                    <Text>{monthLabel(t, m)}</Text>
                  </View>
                ))}
              </View>
              <Text className='label'>{t.report.details}</Text>
              <Textarea
                className='textarea'
                value={details}
                maxlength={1000}
                placeholder={t.report.detailsPlaceholder}
                {...inputLabel(t.report.details)}
                onInput={(e) => setDetails(e.detail.value)}
                data-testid='report-details'
              />
            </View>
          )}
          <View className='btn-row'>
            {step > 1 && (
              <View className='btn' {...tapProps(() => setStep(step - 1))}>
                <Text>{t.report.previous}</Text>
              </View>
            )}
            {step < STEPS ? (
              <View className={`btn btn-primary ${step === 2 && categories.length === 0 ? 'btn-disabled' : ''}`} {...tapProps(next)} data-testid='report-next'>
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
      <Text className='muted block kept' data-testid='report-kept'>
        🔒 {t.report.kept}
      </Text>
    </Screen>
  );
}
