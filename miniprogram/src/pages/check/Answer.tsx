import { View, Text } from '@tarojs/components';
import type { CheckResponse } from '@lotus/server/contract/alerts';
import { useI18n } from '../../i18n';
import { CATEGORY_ICONS, LEVEL_ICONS } from '../../icons';
import { monthLabel } from '../report/months';
import { answerHead } from './answerHead';

/** The answer of POST /api/check in plain words. */
export function Answer({ answer }: { answer: CheckResponse }) {
  const { t } = useI18n();
  const { head, tone, confirmed } = answerHead(answer, t);
  return (
    <View className={`card answer ${tone}`} data-testid='check-answer'>
      <Text className='answer-head'>{head}</Text>
      {confirmed && answer.unconfirmed > 0 && <Text className='block'>{t.check.unconfirmedMore}</Text>}
      {confirmed && answer.level && (
        <Text className='block'>
          {t.check.levelLabel}: {LEVEL_ICONS[answer.level]} {t.levels[answer.level]}
        </Text>
      )}
      {answer.categories.length > 0 && (
        <View className='block'>
          <Text>{t.check.whatHappened}: </Text>
          {answer.categories.map((c) => (
            <Text key={c} className='tag'>
              {CATEGORY_ICONS[c]} {t.reportCategories[c]}
            </Text>
          ))}
        </View>
      )}
      {answer.lastReported && <Text className='block'>{t.check.lastReported(monthLabel(t, answer.lastReported))}</Text>}
      {answer.advice && (
        <View className='advice'>
          <Text className='advice-title'>💡 {t.check.advice}</Text>
          <Text className='block'>{answer.advice}</Text>
        </View>
      )}
    </View>
  );
}
