import { useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text, ScrollView } from '@tarojs/components';
import { ARTICLE_CATEGORIES, type ArticleCategory } from '@lotus/server/contract/vocab';
import { useI18n } from '../../i18n';
import { useCached } from '../../hooks';
import { getArticles, peekArticles } from '../../services/articles';
import { Screen } from '../../components/Screen';
import { tapProps } from '../../platform';
import { StatusNote } from '../../components/StatusNote';
import './index.scss';

function isCategory(value: string | undefined): value is ArticleCategory {
  return (ARTICLE_CATEGORIES as readonly string[]).includes(value ?? '');
}

export default function Articles() {
  const { lang, t } = useI18n();
  const param = useRouter().params.category;
  const [category, setCategory] = useState<ArticleCategory | null>(isCategory(param) ? param : null);
  const articles = useCached(() => peekArticles(lang), (force) => getArticles(lang, force), [lang]);
  usePullDownRefresh(() => {
    void articles.reload(true).finally(() => Taro.stopPullDownRefresh());
  });
  const all = articles.state?.ok ? articles.state.data : [];
  const shown = category ? all.filter((a) => a.category === category) : all;
  // The API says which articles are not in her language and which language it sent instead.
  const fallbackLang = shown.find((a) => a.fallback)?.lang ?? null;

  return (
    <Screen title={t.articles.title}>
      <ScrollView scrollX className='cat-scroll' enhanced showScrollbar={false}>
        <View className='cat-row'>
          <View className={`chip ${category === null ? 'chip-on' : ''}`} {...tapProps(() => setCategory(null), { pressed: category === null })}>
            <Text>{t.articles.all}</Text>
          </View>
          {ARTICLE_CATEGORIES.map((c) => (
            <View key={c} className={`chip ${category === c ? 'chip-on' : ''}`} {...tapProps(() => setCategory(c), { pressed: category === c })} data-testid={`category-${c}`}>
              <Text>{t.categories[c]}</Text>
            </View>
          ))}
        </View>
      </ScrollView>
      {articles.state?.ok && <StatusNote savedAt={articles.state.savedAt} offline={articles.state.offline} />}
      {articles.state && !articles.state.ok && <Text className='error-box block'>{t.common.noNetwork}</Text>}
      {!articles.state && <Text className='muted'>{t.common.loading}</Text>}
      {articles.state?.ok && shown.length === 0 && <Text className='muted block'>{t.articles.noArticles}</Text>}
      {fallbackLang && (
        <Text className='ok-box block' data-testid='list-fallback'>
          {t.articles.listFallback(t.common.langNames[fallbackLang])}
        </Text>
      )}
      {shown.map((a) => (
        <View key={a.slug} className='card article' {...tapProps(() => void Taro.navigateTo({ url: `/pages/article/index?slug=${a.slug}` }))} data-testid='article'>
          <Text className='tag'>{t.categories[a.category]}</Text>
          <Text className='article-title'>{a.title}</Text>
          {a.summary && <Text className='article-summary'>{a.summary}</Text>}
        </View>
      ))}
    </Screen>
  );
}
