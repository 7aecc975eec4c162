import type { Dispatch } from 'react';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { errorText } from '../../locales/errors';
import { IdentifierField } from '../../components/IdentifierField';
import type { Draft, DraftAction } from './draft';

/** Step 1: who he is — the number, WeChat ID, plate or email she knows him by. */
export function StepWho({ draft, dispatch }: { draft: Draft; dispatch: Dispatch<DraftAction> }) {
  const { lang, t } = useI18n();
  const { kind, problem } = draft;
  return (
    <View>
      <Text className='section-title'>{t.report.stepWho}</Text>
      <IdentifierField
        testId='report'
        kind={kind}
        onKind={(k) => dispatch({ type: 'kind', kind: k })}
        region={draft.region}
        onRegion={(r) => dispatch({ type: 'region', region: r })}
        value={draft.value}
        onValue={(v) => dispatch({ type: 'value', value: v })}
        problem={problem && (problem === 'required' ? t.check.empty[kind] : errorText(problem, lang))}
      />
    </View>
  );
}
