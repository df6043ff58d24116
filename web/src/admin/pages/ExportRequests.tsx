import { App, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, call, downloadFile } from '../../api/client';
import { useI18n } from '../../i18n';
import { errorText } from '../components/errors';
import { ReasonModal } from '../components/ReasonModal';
import { useAct } from '../components/useAct';
import { ListPage, usePagedList } from '../kit/ListPage';

const statusColor = { pending: 'gold', approved: 'green', refused: 'red', downloaded: 'default' } as const;

/**
 * Export requests (PI-15): an officer's own requests (download once approved, within a day) and the
 * requests of others in its subtree, to approve or refuse.
 */
export default function ExportRequests() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/export-requests', { params: { query: { page, pageSize } } })),
    [],
  );
  const act = useAct(list.reload);
  const [refusing, setRefusing] = useState<number | null>(null);
  const download = async (id: number) => {
    try {
      await downloadFile(`/api/export-requests/${id}/download`, 'members.xlsx');
      await list.reload();
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  return (
    <ListPage
      title={t('admin.menu.exports')}
      hint={t('admin.exports.hint')}
      list={list}
      scrollX={900}
      columns={[
        {
          title: t('admin.exports.scope'),
          render: (_, r) => `${r.union.name} · ${t('admin.exports.rows', { n: r.rowCount })}`,
        },
        { title: t('admin.exports.reason'), dataIndex: 'reason' },
        {
          title: t('admin.exports.requestedBy'),
          render: (_, r) => `${r.requestedBy} · ${new Date(r.createdAt).toLocaleString(lang)}`,
        },
        {
          title: t('admin.unions.status'),
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              <Tag color={statusColor[r.status]}>{t(`admin.exports.status.${r.status}` as const)}</Tag>
              {r.decidedBy && <Typography.Text type="secondary">{r.decidedBy}</Typography.Text>}
              {r.refusalReason && <Typography.Text type="danger">{r.refusalReason}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: t('common.actions'),
          render: (_, r) => (
            <Space wrap>
              {r.actions.includes('approve') && (
                <Button
                  size="small"
                  type="primary"
                  data-testid={`export-approve-${r.id}`}
                  onClick={() =>
                    act(
                      () => call(api.POST('/api/export-requests/{id}/approve', { params: { path: { id: r.id } } })),
                      'admin.done.exportApproved',
                    )
                  }
                >
                  {t('admin.exports.approve')}
                </Button>
              )}
              {r.actions.includes('refuse') && (
                <Button size="small" danger onClick={() => setRefusing(r.id)}>
                  {t('admin.exports.refuse')}
                </Button>
              )}
              {r.actions.includes('download') && (
                <Button size="small" onClick={() => download(r.id)} data-testid={`export-download-${r.id}`}>
                  {t('admin.exports.download')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    >
      <ReasonModal
        open={refusing !== null}
        title={t('admin.exports.refuse')}
        label={t('admin.exports.refuseReason')}
        onCancel={() => setRefusing(null)}
        onSubmit={(reason) => {
          const id = refusing as number;
          setRefusing(null);
          return act(
            () => call(api.POST('/api/export-requests/{id}/refuse', { params: { path: { id } }, body: { reason } })),
            'admin.done.exportRefused',
          );
        }}
      />
    </ListPage>
  );
}
