// A station's photos in the console: up to nine JPEG or PNG pictures (the server reads the type from the bytes),
// the first shown as the cover in the member app. Photos are public, so the card says what must not be in them.
import { App, Button, Card, Image, Popconfirm, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { errorText } from '../../admin/components/errors';
import { useAct } from '../../admin/components/useAct';
import { api, call, postBytes } from '../../api/client';
import { useI18n } from '../../i18n';
import type { Station } from './StationOverview';

const MAX_PHOTOS = 9;
const MAX_BYTES = 5 * 1024 * 1024;

export function StationPhotos({ s, reload }: { s: Station; reload: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const act = useAct(reload);
  const picker = useRef<HTMLInputElement>(null);
  const [sending, setSending] = useState<{ done: number; of: number } | null>(null);
  const at = (name: string) => ({ params: { path: { id: s.id, name } } });

  const send = async (files: File[]) => {
    const room = MAX_PHOTOS - s.photos.length;
    if (files.length > room) message.warning(t('st.photosRoom', { n: room }));
    const chosen = files.slice(0, Math.max(0, room));
    setSending({ done: 0, of: chosen.length });
    for (const [i, file] of chosen.entries()) {
      // Refused here what the server would refuse anyway, without sending 5 MB over a slow line.
      if (file.size > MAX_BYTES) message.error(t('st.photoTooBig', { name: file.name }));
      else {
        try {
          await postBytes(`/api/stations/${s.id}/photos`, file);
        } catch (e) {
          message.error(`${file.name}：${errorText(e, lang)}`);
        }
      }
      setSending({ done: i + 1, of: chosen.length });
    }
    setSending(null);
    await reload();
  };

  return (
    <Card
      size="small"
      title={`${t('st.photos')}（${s.photos.length}/${MAX_PHOTOS}）`}
      style={{ marginBottom: 12 }}
      data-testid="st-photos"
      extra={
        <Button
          size="small"
          loading={sending !== null}
          disabled={s.photos.length >= MAX_PHOTOS}
          onClick={() => picker.current?.click()}
        >
          {sending ? t('st.photosSending', sending) : t('st.addPhotos')}
        </Button>
      }
    >
      <input
        ref={picker}
        type="file"
        accept="image/jpeg,image/png"
        multiple
        hidden
        data-testid="st-photo-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) void send(files);
        }}
      />
      <Typography.Paragraph type="secondary">{t('st.photosHint')}</Typography.Paragraph>
      {s.photos.length === 0 ? (
        <Typography.Text type="secondary">{t('st.noPhotos')}</Typography.Text>
      ) : (
        <Image.PreviewGroup>
          <Space wrap align="start">
            {s.photos.map((p, i) => (
              <Space key={p.name} direction="vertical" size={4} align="center">
                <Image src={p.url} width={120} height={90} style={{ objectFit: 'cover' }} alt={t('st.photo')} />
                {i === 0 ? (
                  <Typography.Text type="success">{t('st.cover')}</Typography.Text>
                ) : (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => act(() => call(api.POST('/api/stations/{id}/photos/{name}/cover', at(p.name))))}
                  >
                    {t('st.makeCover')}
                  </Button>
                )}
                <Popconfirm
                  title={t('st.removePhotoConfirm')}
                  onConfirm={() => act(() => call(api.DELETE('/api/stations/{id}/photos/{name}', at(p.name))))}
                >
                  <Button size="small" type="link" danger>
                    {t('st.removePhoto')}
                  </Button>
                </Popconfirm>
              </Space>
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
