import { View, Text, Input } from '@tarojs/components';
import type { IdentifierKind } from '@lotus/server/contract/alerts';
import { useI18n } from '../i18n';
import { inputLabel, phoneInputProps, tapProps } from '../platform';
import { IDENTIFIER_KINDS, KIND_ICONS } from '../icons';
import './IdentifierField.scss';

export type Region = 'FR' | 'CN';

export function isIdentifierKind(value: string | undefined): value is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(value ?? '');
}

interface Props {
  /** Prefix of the test ids: `check-input`, `report-kind-phone`… */
  testId: 'check' | 'report';
  kind: IdentifierKind;
  onKind: (kind: IdentifierKind) => void;
  region: Region;
  onRegion: (region: Region) => void;
  value: string;
  onValue: (value: string) => void;
  /** What is wrong with the value, in her language, shown under the field. */
  problem: string | null;
  onConfirm?: () => void;
}

/**
 * The one way a worker writes down a client's number, WeChat ID, plate or email, for a check and
 * for a report alike: the same big kind buttons, the phone's country, and a field whose keyboard fits.
 */
export function IdentifierField({ testId, kind, onKind, region, onRegion, value, onValue, problem, onConfirm }: Props) {
  const { t } = useI18n();
  return (
    <View>
      <View className='id-kinds'>
        {IDENTIFIER_KINDS.map((k) => (
          <View key={k} className={`id-kind ${k === kind ? 'id-kind-on' : ''}`} {...tapProps(() => onKind(k), { pressed: k === kind })} data-testid={`${testId}-kind-${k}`}>
            <Text className='id-kind-icon'>{KIND_ICONS[k]}</Text>
            <Text>{t.check.kinds[k]}</Text>
          </View>
        ))}
      </View>
      {kind === 'phone' && (
        <View className='id-region'>
          <Text className='muted'>{t.check.region}</Text>
          {(['FR', 'CN'] as const).map((r) => (
            <View key={r} className={`chip ${region === r ? 'chip-on' : ''}`} {...tapProps(() => onRegion(r), { pressed: region === r })} data-testid={`${testId}-region-${r}`}>
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
        onInput={(e) => onValue(e.detail.value)}
        {...(onConfirm ? { onConfirm } : {})}
        data-testid={`${testId}-input`}
      />
      {problem && (
        <Text className='error-box block' data-testid={`${testId}-invalid`}>
          {problem}
        </Text>
      )}
    </View>
  );
}
