import type { Dispatch } from 'react';
import { View, Text, Textarea } from '@tarojs/components';
import type { CityDTO } from '@lotus/server/contract/directory';
import { useI18n } from '../../i18n';
import { inputLabel, tapProps } from '../../platform';
import { MonthChips } from './Choices';
import type { Draft, DraftAction } from './draft';

/** Step 3, all optional: where, when, and anything else that would warn the others. */
export function StepMore({ draft, dispatch, cities }: { draft: Draft; dispatch: Dispatch<DraftAction>; cities: CityDTO[] }) {
  const { t } = useI18n();
  const { city, month } = draft;
  return (
    <View>
      <Text className='section-title'>{t.report.stepMore}</Text>
      <Text className='label'>{t.report.city}</Text>
      <View className='chips'>
        <View className={`chip ${city === null ? 'chip-on' : ''}`} {...tapProps(() => dispatch({ type: 'city', city: null }), { pressed: city === null })}>
          <Text>{t.report.noCity}</Text>
        </View>
        {cities.map((c) => (
          <View key={c.slug} className={`chip ${city === c.slug ? 'chip-on' : ''}`} {...tapProps(() => dispatch({ type: 'city', city: c.slug }), { pressed: city === c.slug })}>
            <Text>{c.name}</Text>
          </View>
        ))}
      </View>
      <Text className='label'>{t.report.month}</Text>
      <MonthChips month={month} onMonth={(m) => dispatch({ type: 'month', month: m })} testIdPrefix='month-' />
      <Text className='label'>{t.report.details}</Text>
      <Textarea
        className='textarea'
        value={draft.details}
        maxlength={1000}
        placeholder={t.report.detailsPlaceholder}
        {...inputLabel(t.report.details)}
        onInput={(e) => dispatch({ type: 'details', details: e.detail.value })}
        data-testid='report-details'
      />
    </View>
  );
}
