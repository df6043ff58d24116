// 工会资讯: news, policies, notices and guides from the member's union and every union above it, pinned then
// newest, by kind; unread ones in bold. Opening one shows it as the editor laid it out (sanitised on the server).
import { Empty, InfiniteScroll, List, SearchBar, Tabs, Tag } from 'antd-mobile';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { content } from '../../api/enums';
import { useI18n } from '../../i18n';
import { fileSize } from '../../shared/fileSize';
import '../../shared/article.css';
import { useAsync } from '../../shared/useAsync';
import { ArticleList, type ArticleItem as Item } from '../components/ArticleList';
import { AsyncView } from '../kit/AsyncView';
import { PageBar } from '../kit/PageBar';

type Kind = (typeof content.articleKinds)[number];
const PAGE_SIZE = 20;
const loadPage = (kind: Kind | undefined, q: string, page: number) =>
  call(api.GET('/api/me/articles', { params: { query: { kind, q: q || undefined, page, pageSize: PAGE_SIZE } } }));

export function NewsList() {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const [q, setQ] = useState('');
  return (
    <>
      <PageBar back="/">{t('news.title')}</PageBar>
      <div className="m-search">
        <SearchBar
          placeholder={t('news.search')}
          aria-label={t('news.search')}
          onSearch={(v) => setQ(v.trim())}
          onClear={() => setQ('')}
          data-testid="news-search"
        />
      </div>
      <Tabs activeKey={kind} onChange={(k) => setKind(k as Kind | 'all')} className="m-tabs">
        <Tabs.Tab key="all" title={t('news.all')} />
        {content.articleKinds.map((k) => (
          <Tabs.Tab key={k} title={t(`news.kind.${k}`)} />
        ))}
      </Tabs>
      <Feed key={`${kind}:${q}`} kind={kind === 'all' ? undefined : kind} q={q} />
    </>
  );
}

/** One kind's articles, a page at a time as the member scrolls. */
function Feed({ kind, q }: { kind: Kind | undefined; q: string }) {
  const { t } = useI18n();
  const [items, setItems] = useState<Item[]>([]);
  const [more, setMore] = useState(true);
  const [page, setPage] = useState(1);
  const loadMore = useCallback(async () => {
    const res = await loadPage(kind, q, page);
    setItems((old) => [...old, ...res.items]);
    setPage(page + 1);
    setMore(page * PAGE_SIZE < res.total);
  }, [kind, q, page]);
  return (
    <>
      {!more && items.length === 0 && <Empty description={t(q ? 'news.notFound' : 'news.none', { q })} />}
      <ArticleList items={items} />
      <InfiniteScroll loadMore={loadMore} hasMore={more}>
        {more ? t('news.loading') : items.length > 0 ? t('news.end') : ''}
      </InfiniteScroll>
    </>
  );
}

export function NewsDetail() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const article = useAsync(() => call(api.GET('/api/me/articles/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <PageBar back="/news">{t('news.title')}</PageBar>
      <AsyncView state={article}>
        {(a) => (
          <article className="m-article" data-testid="news-article">
            <h1>{a.title}</h1>
            <div className="m-article-meta">
              <span translate="no">{a.union}</span> · {t(`news.kind.${a.kind}`)} ·{' '}
              {new Date(a.publishedAt).toLocaleString(lang)}
            </div>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server stored it through its allow-list sanitiser */}
            <div className="m-article-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
            {a.attachments.length > 0 && (
              <List header={t('news.attachments')} className="m-list" data-testid="news-attachments">
                {a.attachments.map((file) => (
                  <List.Item
                    key={file.id}
                    extra={fileSize(file.bytes)}
                    onClick={() => {
                      window.location.href = `/api/articles/${a.id}/attachments/${file.id}`;
                    }}
                  >
                    {file.name}
                  </List.Item>
                ))}
              </List>
            )}
            {a.tags.length > 0 && (
              <div>
                {a.tags.map((tag) => (
                  <Tag key={tag} fill="outline" style={{ marginRight: 4 }}>
                    {tag}
                  </Tag>
                ))}
              </div>
            )}
          </article>
        )}
      </AsyncView>
    </>
  );
}
