import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Progress, Space, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { errorText } from '../components/errors';
import { UnionSelect } from '../components/UnionSelect';

type ImportView = Awaited<ReturnType<typeof getImport>>;
const getImport = (id: number) => call(api.GET('/api/member-imports/{id}', { params: { path: { id } } }));

/** Upload with progress (XMLHttpRequest reports upload progress; fetch does not). */
function uploadFile(
  unionId: number,
  file: File,
  csrf: string | null,
  onProgress: (p: number) => void,
): Promise<ImportView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/member-imports?unionId=${unionId}&fileName=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      const body = JSON.parse(xhr.responseText || '{}');
      if (xhr.status === 200) resolve(body);
      else
        reject(
          new ApiError(
            xhr.status,
            body.error ?? {
              code: 'NETWORK',
              message: String(xhr.status),
              messages: { 'zh-CN': String(xhr.status), en: String(xhr.status) },
              requestId: '',
            },
          ),
        );
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}

export default function Imports() {
  const csrf = useSession().session?.csrfToken ?? null;
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [unionId, setUnionId] = useState<number | undefined>();
  const [upload, setUpload] = useState<{ percent: number; validating: boolean } | null>(null);
  const [current, setCurrent] = useState<ImportView | null>(null);
  const [page, setPage] = useState(1);
  const history = useAsync(
    () => call(api.GET('/api/member-imports', { params: { query: { pageSize: 10 } } })),
    [current?.status],
  );
  const errors = useAsync(
    () =>
      current
        ? call(
            api.GET('/api/member-imports/{id}/rows', {
              params: { path: { id: current.id }, query: { outcome: 'error', page, pageSize: 20 } },
            }),
          )
        : Promise.resolve(null),
    [current?.id, page],
  );

  // While committing, follow the progress.
  useEffect(() => {
    if (current?.status !== 'committing') return;
    const timer = setInterval(async () => setCurrent(await getImport(current.id)), 800);
    return () => clearInterval(timer);
  }, [current?.id, current?.status]);

  const onFile = async (file: File) => {
    if (!unionId) return false;
    setCurrent(null);
    setUpload({ percent: 0, validating: false });
    try {
      const result = await uploadFile(unionId, file, csrf, (percent) =>
        setUpload({ percent, validating: percent >= 100 }),
      );
      setCurrent(result);
      setPage(1);
    } catch (e) {
      message.error(errorText(e, lang));
    } finally {
      setUpload(null);
    }
    return false;
  };
  const commit = async () => {
    if (!current) return;
    try {
      setCurrent(await call(api.POST('/api/member-imports/{id}/commit', { params: { path: { id: current.id } } })));
    } catch (e) {
      message.error(errorText(e, lang));
    }
  };
  const progress = current?.validRows ? Math.round((current.inserted / current.validRows) * 100) : 0;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={t('admin.menu.imports')}
        extra={
          <Space>
            <Button href="/api/member-imports/template.xlsx">{t('imports.template')} .xlsx</Button>
            <Button href="/api/member-imports/template.csv">.csv</Button>
          </Space>
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('imports.union')}</Typography.Text>
          <div style={{ maxWidth: 420 }}>
            <UnionSelect value={unionId} onChange={setUnionId} onlyLevel="base" />
          </div>
          <Upload.Dragger
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={onFile}
            disabled={!unionId || !!upload}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('imports.pick')}</p>
          </Upload.Dragger>
          {upload && (
            <div>
              <Progress percent={upload.percent} status="active" />
              {upload.validating && <Typography.Text type="secondary">{t('imports.validating')}</Typography.Text>}
            </div>
          )}
          {current && (
            <Space direction="vertical" style={{ width: '100%' }} data-testid="import-result">
              {current.duplicateOf && (
                <Alert type="warning" showIcon message={t('imports.duplicate', { id: current.duplicateOf })} />
              )}
              <Alert
                type={current.errorRows ? 'warning' : 'success'}
                showIcon
                message={t('imports.summary', {
                  total: current.totalRows,
                  valid: current.validRows,
                  existing: current.existingRows,
                  errors: current.errorRows,
                })}
              />
              {current.status === 'committing' && <Progress percent={progress} status="active" />}
              {current.status === 'committed' && (
                <Alert type="success" showIcon message={t('imports.committed', { n: current.inserted })} />
              )}
              <Space>
                {current.actions.includes('commit') && (
                  <Button type="primary" onClick={commit}>
                    {t('imports.commit', { n: current.validRows })}
                  </Button>
                )}
                <Button href={`/api/member-imports/${current.id}/report`}>{t('imports.report')}</Button>
              </Space>
              {current.errorRows > 0 && (
                <Table
                  size="small"
                  rowKey="rowNo"
                  title={() => t('imports.errorsTitle')}
                  loading={errors.loading}
                  dataSource={errors.data?.items ?? []}
                  pagination={{
                    current: page,
                    pageSize: 20,
                    total: errors.data?.total ?? 0,
                    onChange: setPage,
                    showSizeChanger: false,
                  }}
                  columns={[
                    { title: t('imports.row'), dataIndex: 'rowNo', width: 80 },
                    { title: t('member.me.name'), dataIndex: 'name' },
                    { title: t('member.me.idNumber'), dataIndex: 'idNumber' },
                    { title: t('imports.reason'), render: (_, r) => r.errors.map((e) => e.message).join('；') },
                  ]}
                />
              )}
            </Space>
          )}
        </Space>
      </Card>
      <Card title={t('imports.history')} size="small">
        <Table
          size="small"
          rowKey="id"
          dataSource={history.data?.items ?? []}
          pagination={false}
          onRow={(r) => ({ onClick: () => setCurrent(r), style: { cursor: 'pointer' } })}
          columns={[
            { title: '#', dataIndex: 'id', width: 60 },
            { title: t('admin.accounts.union'), render: (_, r) => r.union.name },
            { title: t('imports.file'), dataIndex: 'fileName' },
            {
              title: t('admin.unions.status'),
              render: (_, r) => <Tag>{t(`imports.status.${r.status}` as const)}</Tag>,
            },
            { title: '', render: (_, r) => `${r.inserted} / ${r.validRows}` },
            {
              title: t('admin.applications.submittedAt'),
              render: (_, r) => new Date(r.createdAt).toLocaleString(lang),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
