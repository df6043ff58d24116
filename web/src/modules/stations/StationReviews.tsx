// A station's reviews in the console, with replies (seen by members) and closing.
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ReasonModal } from '../../admin/components/ReasonModal';
import { useAct } from '../../admin/components/useAct';
import { serverPagination } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

export function Reviews({ stationId }: { stationId: number }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const reviews = useAsync(
    () => call(api.GET('/api/stations/{id}/reviews', { params: { path: { id: stationId }, query: { page } } })),
    [stationId, page],
  );
  const act = useAct(reviews.reload);
  const [replying, setReplying] = useState<number | null>(null);
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        dataSource={reviews.data?.items ?? []}
        pagination={serverPagination(t, {
          current: page,
          pageSize: 20,
          total: reviews.data?.total ?? 0,
          onChange: setPage,
        })}
        locale={{ emptyText: t('st.noReviews') }}
        data-testid="st-reviews"
        columns={[
          {
            title: t('st.time'),
            render: (_, r) => new Date(r.createdAt).toLocaleString(lang, { timeZone: 'Asia/Shanghai' }),
          },
          { title: t('st.member'), dataIndex: 'name' },
          { title: t('st.rating'), render: (_, r) => '★'.repeat(r.rating) },
          { title: t('st.comment'), dataIndex: 'comment' },
          { title: t('st.reply'), dataIndex: 'reply' },
          { title: t('st.status'), render: (_, r) => <Tag>{t(`st.review.${r.status}`)}</Tag> },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space>
                {r.actions.includes('reply') && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setReplying(r.id)}
                    data-testid={`st-reply-${r.id}`}
                  >
                    {t('st.reply')}
                  </Button>
                )}
                {r.actions.includes('close') && (
                  <Button
                    size="small"
                    onClick={() =>
                      act(
                        () => call(api.POST('/api/station-reviews/{id}/close', { params: { path: { id: r.id } } })),
                        'st.closed',
                      )
                    }
                  >
                    {t('st.closeReview')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ReasonModal
        open={replying !== null}
        title={t('st.reply')}
        label={t('st.replyPlaceholder')}
        onCancel={() => setReplying(null)}
        onSubmit={async (reply: string) => {
          const id = replying as number;
          const ok = await act(
            () => call(api.POST('/api/station-reviews/{id}/reply', { params: { path: { id } }, body: { reply } })),
            'st.replied',
          );
          if (ok) setReplying(null);
        }}
      />
    </>
  );
}
