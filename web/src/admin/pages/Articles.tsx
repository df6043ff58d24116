// 内容管理: the articles of unions in the editor's subtree, by status and kind; the review queue is the
// "in review" filter (the 待办 badge counts it). Writing and reviewing happen in the article drawer.
import { Button, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { content } from '../../api/enums';
import { useI18n } from '../../i18n';
import { ArticleDrawer } from '../components/ArticleDrawer';
import { ListPage, usePagedList } from '../kit/ListPage';

type Status = (typeof content.articleStatuses)[number];
type Kind = (typeof content.articleKinds)[number];
export const articleStatusColor: Record<Status, string> = {
  draft: 'default',
  in_review: 'orange',
  published: 'green',
  withdrawn: 'red',
};

export default function Articles() {
  const { t, lang } = useI18n();
  // Arriving from 待办 (?status=in_review) opens the review queue.
  const [status, setStatus] = useState<Status | undefined>(
    () => (new URLSearchParams(window.location.search).get('status') as Status | null) ?? undefined,
  );
  const [kind, setKind] = useState<Kind | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const [open, setOpen] = useState<number | 'new' | null>(null);
  const list = usePagedList(
    (page, pageSize) =>
      call(api.GET('/api/articles', { params: { query: { status, kind, q: q || undefined, page, pageSize } } })),
    [status, kind, q],
  );
  return (
    <>
      <ListPage
        title={t('admin.menu.content')}
        list={list}
        scrollX={900}
        empty={t('content.none')}
        extra={
          <Button type="primary" onClick={() => setOpen('new')} data-testid="article-new">
            {t('content.new')}
          </Button>
        }
        filters={
          <Space wrap>
            <Select
              allowClear
              aria-label={t('content.status')}
              placeholder={t('content.status')}
              value={status}
              style={{ width: 140 }}
              onChange={setStatus}
              options={content.articleStatuses.map((s) => ({ value: s, label: t(`content.status.${s}`) }))}
            />
            <Select
              allowClear
              aria-label={t('content.kind')}
              placeholder={t('content.kind')}
              value={kind}
              style={{ width: 140 }}
              onChange={setKind}
              options={content.articleKinds.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
            />
            <Input.Search
              allowClear
              aria-label={t('content.search')}
              placeholder={t('content.search')}
              onSearch={setQ}
              style={{ width: 220 }}
            />
          </Space>
        }
        columns={[
          {
            title: t('content.title'),
            render: (_, a) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(a.id)}>
                {a.pinned && <Tag color="red">{t('content.pinned')}</Tag>}
                {a.title}
              </Button>
            ),
          },
          { title: t('content.kind'), render: (_, a) => t(`content.kind.${a.kind}`) },
          { title: t('content.union'), render: (_, a) => <span translate="no">{a.union.name}</span> },
          {
            title: t('content.status'),
            render: (_, a) => <Tag color={articleStatusColor[a.status]}>{t(`content.status.${a.status}`)}</Tag>,
          },
          {
            title: t('content.publishAt'),
            render: (_, a) => (a.publishAt ? new Date(a.publishAt).toLocaleString(lang) : '—'),
          },
          { title: t('content.reads'), dataIndex: 'reads' },
          { title: t('content.author'), render: (_, a) => <span translate="no">{a.author}</span> },
        ]}
      />
      {open !== null && (
        <ArticleDrawer
          id={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
          onSaved={(id) => {
            setOpen(id);
            return list.reload();
          }}
        />
      )}
    </>
  );
}
