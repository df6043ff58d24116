// 公文: documents received by the cadre's own unions (sign for them, reply when asked) and documents sent from the
// cadre's subtree (who has read, replied or is late; remind the late). Sending opens the composer.
import { Button, Radio, Tag } from 'antd';
import { useState } from 'react';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { DocumentDrawer, SendDocument, statusColor } from './DocumentDrawer';

type Box = 'received' | 'sent';

export default function Documents() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const [box, setBox] = useState<Box>('received');
  const [open, setOpen] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/documents', { params: { query: { box, page, pageSize } } })),
    [box],
  );
  const canSend = session?.permissions.includes('union.manage') ?? false;
  return (
    <ListPage
      title={t('admin.menu.documents')}
      list={list}
      scrollX={800}
      empty={t(box === 'received' ? 'documents.noneReceived' : 'documents.noneSent')}
      onOpen={(d) => setOpen(d.id)}
      extra={
        canSend && (
          <Button type="primary" onClick={() => setSending(true)} data-testid="document-new">
            {t('documents.send')}
          </Button>
        )
      }
      filters={
        // Radio buttons, not antd's Segmented: that one names itself "segmented control" in English to screen readers.
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={box}
          onChange={(e) => setBox(e.target.value as Box)}
          options={[
            { value: 'received', label: t('documents.received') },
            { value: 'sent', label: t('documents.sent') },
          ]}
        />
      }
      columns={[
        { title: t('documents.title'), dataIndex: 'title' },
        { title: t('documents.from'), render: (_, d) => <span translate="no">{d.from.name}</span> },
        { title: t('documents.sentAt'), render: (_, d) => new Date(d.sentAt).toLocaleString(lang) },
        { title: t('documents.dueAt'), render: (_, d) => (d.dueAt ? new Date(d.dueAt).toLocaleString(lang) : '—') },
        {
          title: t('documents.progress'),
          render: (_, d) =>
            d.progress ? (
              <span>
                {t('documents.progressText', {
                  read: d.progress.read,
                  replied: d.progress.replied,
                  all: d.progress.recipients,
                })}
                {d.progress.overdue > 0 && (
                  <Tag color="red" style={{ marginLeft: 4 }}>
                    {t('documents.overdueCount', { n: d.progress.overdue })}
                  </Tag>
                )}
              </span>
            ) : (
              d.receipts.map((r) => (
                <Tag key={r.union.id} color={statusColor[r.status]}>
                  {t(`documents.status.${r.status}`)}
                </Tag>
              ))
            ),
        },
      ]}
    >
      {open !== null && <DocumentDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
      {sending && (
        <SendDocument
          onClose={() => setSending(false)}
          onSent={async (id) => {
            setSending(false);
            setBox('sent');
            await list.reload();
            setOpen(id);
          }}
        />
      )}
    </ListPage>
  );
}
