// An article's attachments in the console: each downloads under its name; while the article can be edited, a file
// is added (the server reads its type from the bytes) or removed.
import { Button, List, Popconfirm, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, call, postBytes } from '../../api/client';
import { useI18n } from '../../i18n';
import { fileSize } from '../../shared/fileSize';
import { useAct } from './useAct';

const MAX_BYTES = 20 * 1024 * 1024;

interface Attachment {
  id: number;
  name: string;
  bytes: number;
}

export function ArticleAttachments(props: {
  articleId: number;
  attachments: Attachment[];
  editable: boolean;
  reload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const picker = useRef<HTMLInputElement>(null);
  const act = useAct(props.reload);
  const [sending, setSending] = useState(false);
  const send = async (file: File) => {
    setSending(true);
    await act(async () => {
      // Refused here what the server would refuse anyway, before a long upload.
      if (file.size > MAX_BYTES) throw new Error(t('content.attachmentTooBig'));
      await postBytes(`/api/articles/${props.articleId}/attachments?name=${encodeURIComponent(file.name)}`, file);
    }, 'content.attachmentAdded');
    setSending(false);
    if (picker.current) picker.current.value = '';
  };
  const remove = (attachmentId: number) =>
    act(
      () =>
        call(
          api.DELETE('/api/articles/{id}/attachments/{attachmentId}', {
            params: { path: { id: props.articleId, attachmentId } },
          }),
        ),
      'content.attachmentRemoved',
    );
  if (!props.editable && props.attachments.length === 0) return null;
  return (
    <div style={{ marginTop: 16 }} data-testid="article-attachments">
      <Typography.Title level={5}>{t('content.attachments')}</Typography.Title>
      <List
        size="small"
        dataSource={props.attachments}
        locale={{ emptyText: t('content.noAttachments') }}
        renderItem={(a) => (
          <List.Item
            actions={
              props.editable
                ? [
                    <Popconfirm key="remove" title={t('content.removeAttachment')} onConfirm={() => remove(a.id)}>
                      <Button size="small" danger>
                        {t('content.attachmentDelete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <a href={`/api/articles/${props.articleId}/attachments/${a.id}`}>{a.name}</a>
            <Typography.Text type="secondary">{fileSize(a.bytes)}</Typography.Text>
          </List.Item>
        )}
      />
      {props.editable && (
        <Space direction="vertical">
          <input
            ref={picker}
            type="file"
            hidden
            accept=".pdf,.docx,.xlsx,.pptx,.jpg,.jpeg,.png"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void send(file);
            }}
          />
          <Button loading={sending} onClick={() => picker.current?.click()} data-testid="article-attach">
            {t('content.attach')}
          </Button>
          <Typography.Text type="secondary">{t('content.attachHint')}</Typography.Text>
        </Space>
      )}
    </div>
  );
}
