// Background jobs that used up their retries (a text the gateway kept refusing, say), for whoever manages
// the whole tree: what it was, when it failed, and a button to run it again once the cause is fixed.
import { App, Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { errorText } from '../components/errors';

const PAGE_SIZE = 20;

export default function Jobs() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [version, setVersion] = useState(0);
  const list = useAsync(
    () => call(api.GET('/api/jobs/failed', { params: { query: { page, pageSize: PAGE_SIZE } } })),
    [page, version],
  );
  const jobName = (name: string) => {
    const label = t(`job.${name}` as MessageKey);
    return label === `job.${name}` ? t('admin.jobs.unknown') : label;
  };
  const retry = async (id: string) => {
    try {
      await call(api.POST('/api/jobs/{id}/retry', { params: { path: { id } } }));
      message.success(t('admin.jobs.retried'));
      setVersion((v) => v + 1);
    } catch (error) {
      message.error(errorText(error, lang));
    }
  };
  return (
    <Card title={t('admin.menu.jobs')}>
      <Typography.Paragraph type="secondary">{t('admin.jobs.intro')}</Typography.Paragraph>
      {list.error && <Typography.Text type="danger">{list.error.text(lang)}</Typography.Text>}
      <Table
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('admin.jobs.empty') }}
        scroll={{ x: 640 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => t('common.total', { n }),
          showSizeChanger: false,
        }}
        expandable={{
          expandedRowRender: (job) => (
            <>
              <Typography.Text type="secondary">{t('admin.jobs.detail')}</Typography.Text>
              <pre style={{ margin: 0, fontSize: 12, whiteSpace: 'pre-wrap' }}>{job.error}</pre>
            </>
          ),
        }}
        columns={[
          { title: t('admin.jobs.name'), render: (_, job) => jobName(job.name) },
          { title: t('admin.jobs.failedAt'), render: (_, job) => new Date(job.failedAt).toLocaleString(lang) },
          { title: t('admin.jobs.createdAt'), render: (_, job) => new Date(job.createdAt).toLocaleString(lang) },
          { title: t('admin.jobs.retries'), render: (_, job) => t('admin.jobs.retriesCount', { n: job.retries }) },
          {
            title: '',
            render: (_, job) => (
              <Button size="small" data-testid={`job-retry-${job.id}`} onClick={() => void retry(job.id)}>
                {t('admin.jobs.retry')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
