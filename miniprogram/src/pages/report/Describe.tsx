import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Input, Textarea } from '@tarojs/components';
import type { ReportCategory } from '@lotus/server/contract/alerts';
import type { CityDTO } from '@lotus/server/contract/directory';
import type { AREA_MAX, DESCRIPTION_MAX } from '@lotus/server/contract/descriptionAlerts';
import { useI18n } from '../../i18n';
import { cache } from '../../cache';
import { deviceId } from '../../services/device';
import { postDescriptionAlert } from '../../services/descriptionAlerts';
import { errorText } from '../../locales/errors';
import { inputLabel, tapProps } from '../../platform';
import { toggleCategory } from './categories';
import { CategoryGrid, MonthChips } from './Choices';

type Problem = 'city' | 'no_category' | 'text' | { code: string };

/** The server's limits, typed from the contract (a runtime import would ship zod): tsc fails if they change there. */
const TEXT_LIMIT: typeof DESCRIPTION_MAX = 500;
const AREA_LIMIT: typeof AREA_MAX = 60;

/**
 * A report without any number: city, area, month, what happened and how he looks or operates. One
 * screen, sent at once; nothing about her goes with it (the install id only counts for the rate limit).
 */
export function Describe({ cities, onHaveNumber }: { cities: CityDTO[]; onHaveNumber: () => void }) {
  const { lang, t } = useI18n();
  const [city, setCity] = useState<string | null>(cache.lastCity());
  const [area, setArea] = useState('');
  const [month, setMonth] = useState<string | null>(null);
  const [categories, setCategories] = useState<ReportCategory[]>([]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const send = async () => {
    if (busy) return;
    const missing: Problem | null = !city ? 'city' : categories.length === 0 ? 'no_category' : !text.trim() ? 'text' : null;
    setProblem(missing);
    if (missing || !city) return;
    setBusy(true);
    const res = await postDescriptionAlert({
      city,
      ...(area.trim() ? { area: area.trim() } : {}),
      ...(month ? { month } : {}),
      categories,
      text: text.trim(),
      device: await deviceId(),
    });
    setBusy(false);
    if (res.ok) setSent(true);
    else setProblem({ code: res.error.code });
  };

  if (sent) {
    return (
      <View data-testid='describe-sent'>
        <View className='ok-box'>
          <Text>✅ {t.alerts.sent}</Text>
        </View>
        <View className='btn btn-primary' {...tapProps(() => void Taro.redirectTo({ url: `/pages/alerts/index?city=${city}` }))} data-testid='describe-see-alerts'>
          <Text>🔔 {t.alerts.title}</Text>
        </View>
      </View>
    );
  }

  const error = (text: string, testId: string) => (
    <Text className='error-box block' data-testid={testId}>
      {text}
    </Text>
  );
  return (
    <View data-testid='describe-form'>
      <Text className='muted block'>{t.alerts.formIntro}</Text>

      <Text className='label'>{t.alerts.whichCity}</Text>
      <View className='chips'>
        {cities.map((c) => (
          <View key={c.slug} className={`chip ${city === c.slug ? 'chip-on' : ''}`} {...tapProps(() => setCity(c.slug), { pressed: city === c.slug })} data-testid={`describe-city-${c.slug}`}>
            <Text>{c.name}</Text>
          </View>
        ))}
      </View>
      {problem === 'city' && error(t.alerts.chooseCity, 'describe-no-city')}

      <Text className='label'>{t.alerts.areaLabel}</Text>
      <Input className='input' value={area} maxlength={AREA_LIMIT} placeholder={t.alerts.areaPlaceholder} {...inputLabel(t.alerts.areaLabel)} onInput={(e) => setArea(e.detail.value)} data-testid='describe-area' />

      <Text className='label'>{t.report.month}</Text>
      <MonthChips month={month} onMonth={setMonth} testIdPrefix='describe-month-' />

      <Text className='label'>{t.report.stepWhat}</Text>
      <Text className='muted block'>{t.report.severalCategories}</Text>
      <CategoryGrid chosen={categories} onToggle={(c) => setCategories((list) => toggleCategory(list, c))} testIdPrefix='describe-category-' />
      {problem === 'no_category' && error(errorText('no_category', lang), 'describe-no-category')}

      <Text className='label'>{t.alerts.describe}</Text>
      <Textarea
        className='textarea describe-text'
        value={text}
        maxlength={TEXT_LIMIT}
        placeholder={t.alerts.describePlaceholder}
        {...inputLabel(t.alerts.describe)}
        onInput={(e) => setText(e.detail.value)}
        data-testid='describe-text'
      />
      <Text className='muted block'>🔒 {t.alerts.noIdentifiers}</Text>
      {problem === 'text' && error(t.alerts.needText, 'describe-no-text')}
      {typeof problem === 'object' && problem !== null && error(errorText(problem.code, lang), 'describe-error')}

      <View className={`btn btn-primary ${busy ? 'btn-disabled' : ''}`} {...tapProps(() => void send())} data-testid='describe-send'>
        <Text>{busy ? t.report.sending : t.report.send}</Text>
      </View>
      <View className='btn' {...tapProps(onHaveNumber)} data-testid='describe-have-number'>
        <Text>📱 {t.alerts.haveNumber}</Text>
      </View>
    </View>
  );
}
