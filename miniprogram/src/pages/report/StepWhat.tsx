import type { Dispatch } from 'react';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { errorText } from '../../locales/errors';
import { tapProps } from '../../platform';
import { LEVEL_ICONS, REPORT_LEVELS } from '../../icons';
import { CategoryGrid } from './Choices';
import type { Draft, DraftAction } from './draft';

/** Step 2: what he did (one or more) and how bad it was. */
export function StepWhat({ draft, dispatch }: { draft: Draft; dispatch: Dispatch<DraftAction> }) {
  const { lang, t } = useI18n();
  return (
    <View>
      <Text className='section-title'>{t.report.stepWhat}</Text>
      <Text className='muted block'>{t.report.severalCategories}</Text>
      <CategoryGrid chosen={draft.categories} onToggle={(c) => dispatch({ type: 'category', category: c })} testIdPrefix='category-' />
      {draft.problem === 'no_category' && (
        <Text className='error-box block' data-testid='report-no-category'>
          {errorText('no_category', lang)}
        </Text>
      )}
      <Text className='section-title'>{t.report.howBad}</Text>
      <View className='chips'>
        {REPORT_LEVELS.map((l) => (
          <View key={l} className={`chip ${l === draft.level ? 'chip-on' : ''}`} {...tapProps(() => dispatch({ type: 'level', level: l }), { pressed: l === draft.level })} data-testid={`level-${l}`}>
            <Text>
              {LEVEL_ICONS[l]} {t.levels[l]}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
