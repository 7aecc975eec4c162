import { Text } from '@tarojs/components';
import type { ServiceDTO } from '@lotus/server/contract/directory';
import { useI18n } from '../i18n';

/** Whether someone of the team checked this service, said on every card and page: a guess is never shown as a fact. */
export function Verification({ service }: { service: Pick<ServiceDTO, 'verified' | 'verifiedOn'> }) {
  const { t } = useI18n();
  if (!service.verified) {
    return (
      <Text className='unverified block' data-testid='unverified'>
        ⚠ {t.directory.unverified}
      </Text>
    );
  }
  if (!service.verifiedOn) return null;
  return (
    <Text className='verified block' data-testid='verified-on'>
      ✓ {t.directory.verifiedOn(service.verifiedOn)}
    </Text>
  );
}
