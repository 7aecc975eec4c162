import { useMemo, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View, Text, RichText } from '@tarojs/components';
import { useI18n } from '../../i18n';
import { cache } from '../../cache';
import { useCached } from '../../hooks';
import { getArticle, peekArticle } from '../../services/articles';
import { safeHtml, tapProps } from '../../platform';
import { Screen } from '../../components/Screen';
import { pageScene } from '../../share';
import { StatusNote } from '../../components/StatusNote';
import { nextScale, scaleHtml } from './scale';
import './index.scss';

export default function Article() {
  const { lang, t } = useI18n();
  const slug = useRouter().params.slug ?? '';
  const [scale, setScale] = useState(cache.textScale);
  const article = useCached(() => peekArticle(slug, lang), (force) => getArticle(slug, lang, force), [slug, lang]);
  const data = article.state?.ok ? article.state.data : null;
  const html = useMemo(() => (data ? scaleHtml(safeHtml(data.html), scale) : ''), [data, scale]);
  const resize = (step: 1 | -1) => {
    const next = nextScale(scale, step);
    cache.setTextScale(next);
    setScale(next);
  };

  return (
    <Screen title={t.articles.title} share={pageScene({ kind: 'article', slug })}>
      <View className='size-bar'>
        <Text className='muted'>{t.articles.textSize}</Text>
        <View className='size-btn' {...tapProps(() => resize(-1), { label: `A− ${t.articles.smaller}` })} data-testid='smaller'>
          <Text>A−</Text>
        </View>
        <View className='size-btn size-big' {...tapProps(() => resize(1), { label: `A+ ${t.articles.bigger}` })} data-testid='bigger'>
          <Text>A+</Text>
        </View>
      </View>
      {!article.state && <Text className='muted'>{t.common.loading}</Text>}
      {article.state && !article.state.ok && (
        <Text className='error-box block'>{article.state.error.status === 404 ? t.articles.notFound : t.common.noNetwork}</Text>
      )}
      {data && (
        <View>
          {article.state?.ok && <StatusNote savedAt={article.state.savedAt} offline={article.state.offline} />}
          {data.fallback && (
            <Text className='ok-box block' data-testid='article-fallback'>
              {t.articles.fallback(t.common.langNames[data.lang])}
            </Text>
          )}
          <Text className='title' style={{ fontSize: `${Math.round(24 * scale)}px` }} data-testid='article-title'>
            {data.title}
          </Text>
          <RichText className='body' nodes={html} />
        </View>
      )}
    </Screen>
  );
}
