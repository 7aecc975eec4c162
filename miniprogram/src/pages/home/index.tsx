import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { cache } from '../../cache';
import { useCached } from '../../hooks';
import { getUpdates, peekUpdates } from '../../services/updates';
import { postScan } from '../../services/scan';
import { routeScene } from '../../lib/sceneRoute';
import { launchScene, tapProps } from '../../platform';
import { Screen } from '../../components/Screen';
import { StatusNote } from '../../components/StatusNote';
import { Tile } from './Tile';
import './index.scss';

/** A flyer's scene is handled once per open of the app, not each time Home is shown again. */
let sceneHandled = false;

function handleScene(params: Record<string, string | undefined>): void {
  if (sceneHandled) return;
  sceneHandled = true;
  const route = routeScene(launchScene(params));
  if (route.scan) postScan(route.scan);
  if (route.url) void Taro.navigateTo({ url: route.url }).catch(() => undefined);
}

/** Updates stay short so the tiles are on the first screen; a tap opens one in full. */
const SHOWN_UPDATES = 2;

const go = (url: string) => () => void Taro.navigateTo({ url });

export default function Home() {
  const { lang, t } = useI18n();
  const router = useRouter();
  const [openUpdate, setOpenUpdate] = useState<string | null>(null);
  const [allUpdates, setAllUpdates] = useState(false);
  const city = cache.lastCity();
  const updates = useCached(
    () => peekUpdates(lang, city),
    (force) => getUpdates(lang, city, force),
    [lang, city],
  );
  useEffect(() => handleScene(router.params), [router.params]);
  usePullDownRefresh(() => {
    void updates.reload(true).finally(() => Taro.stopPullDownRefresh());
  });

  const list = updates.state?.ok ? updates.state.data : [];
  return (
    <Screen title={t.home.title}>
      <Text className='section-title'>{t.home.updates}</Text>
      {/* The updates come first (a cancelled session must be seen), so their place is held while they
          load: fixed-height cards, placeholders of the same size and the "more" row, so the tiles
          below do not jump when the answer arrives. */}
      <View className={allUpdates || openUpdate ? 'updates' : 'updates updates-held'}>
        {updates.state?.ok ? (
          <StatusNote savedAt={updates.state.savedAt} offline={updates.state.offline} />
        ) : (
          !updates.state && <Text className='status-note'>{t.common.loading}</Text>
        )}
        {(allUpdates ? list : list.slice(0, SHOWN_UPDATES)).map((u) => (
          <View key={u.key} className={openUpdate === u.key ? 'card update' : 'card update update-closed'} data-testid='update' {...tapProps(() => setOpenUpdate(openUpdate === u.key ? null : u.key), { pressed: openUpdate === u.key })}>
            <Text className={openUpdate === u.key ? 'update-title' : 'update-title clamp-1'}>📢 {u.title}</Text>
            <Text className={openUpdate === u.key ? 'update-body' : 'update-body clamp'}>{u.body}</Text>
            <Text className='update-date'>{u.publishedAt.slice(0, 10)}</Text>
          </View>
        ))}
        {!updates.state && Array.from({ length: SHOWN_UPDATES }, (_, i) => <View key={i} className='card update update-closed update-placeholder' aria-hidden />)}
        {!allUpdates && list.length > SHOWN_UPDATES && (
          <View className='chip more' {...tapProps(() => setAllUpdates(true))}>
            <Text>{t.home.moreUpdates(list.length - SHOWN_UPDATES)}</Text>
          </View>
        )}
        {updates.state?.ok && list.length === 0 && <Text className='muted block'>{t.home.noUpdates}</Text>}
        {updates.state && !updates.state.ok && <Text className='muted block'>{t.common.noNetwork}</Text>}
      </View>

      <View className='tiles'>
        <Tile icon='📍' label={t.home.tiles.directory} hint={t.home.tileHints.directory} onTap={go('/pages/directory/index')} testId='tile-directory' />
        <Tile icon='📖' label={t.home.tiles.articles} hint={t.home.tileHints.articles} onTap={go('/pages/articles/index')} testId='tile-articles' />
        <Tile icon='🔍' label={t.home.tiles.check} hint={t.home.tileHints.check} onTap={go('/pages/check/index')} testId='tile-check' />
        <Tile icon='🔔' label={t.alerts.tile} hint={t.alerts.tileHint} onTap={go('/pages/alerts/index')} testId='tile-alerts' />
        <Tile icon='🆘' label={t.home.tiles.emergency} hint={t.home.tileHints.emergency} onTap={go('/pages/emergency/index')} testId='tile-emergency' tone='danger' />
        <Tile icon='📣' label={t.home.tiles.report} hint={t.home.tileHints.report} onTap={go('/pages/report/index')} testId='tile-report' />
        <Tile icon='🌸' label={t.home.tiles.about} hint={t.home.tileHints.about} onTap={go('/pages/about/index')} testId='tile-about' />
      </View>
    </Screen>
  );
}
