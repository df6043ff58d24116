// Background jobs that used up their retries (a text the gateway kept refusing, say), for whoever manages
// the whole tree: what it was, when it failed, and a button to run it again once the cause is fixed.
import { App, Button, Typography } from 'antd';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { errorText } from '../components/errors';
import { ListPage, usePagedList } from '../kit/ListPage';

export default function Jobs() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/jobs/failed', { params: { query: { page, pageSize } } })),
    [],
  );
  const jobName = (name: string) => {
    const label = t(`job.${name}` as MessageKey);
    return label === `job.${name}` ? t('admin.jobs.unknown') : label;
  };
  const retry = async (id: string) => {
    try {
      await call(api.POST('/api/jobs/{id}/retry', { params: { path: { id } } }));
      message.success(t('admin.jobs.retried'));
      await list.reload();
    } catch (error) {
      message.error(errorText(error, lang));
    }
  };
  return (
    <ListPage
      title={t('admin.menu.jobs')}
      hint={t('admin.jobs.intro')}
      list={list}
      scrollX={640}
      empty={t('admin.jobs.empty')}
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
  );
}
