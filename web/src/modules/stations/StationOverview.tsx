// A station's overview in the console: its data, its managers, its QR poster, editing and moving it.
import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useAct } from '../../admin/components/useAct';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import type { Schemas } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { StationForm, useAmenityNames } from './StationForm';
import { StationPhotos } from './StationPhotos';

export type Station = Schemas['StationView'];

export function Overview({ s, reload }: { s: Station; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const amenities = useAmenityNames();
  const act = useAct(reload);
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const [username, setUsername] = useState('');
  const manage = s.actions.includes('manage');
  const path = { params: { path: { id: s.id } } };
  const poster = useAsync(() => call(api.GET('/api/stations/{id}/poster', path)), [s.id]);
  const [png, setPng] = useState('');
  useEffect(() => {
    if (poster.data) QRCode.toDataURL(`${location.origin}${poster.data.path}`, { margin: 1, width: 480 }).then(setPng);
  }, [poster.data]);
  const weekly = s.hours.allDay
    ? t('stations.allDay')
    : s.hours.weekly.map((w) => `${t(`stations.weekday.${w.day}` as MessageKey)} ${w.open}–${w.close}`).join('；');
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('st.kind')}>{t(`stations.kind.${s.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('st.union')}>{s.union.name}</Descriptions.Item>
        <Descriptions.Item label={t('st.owner')}>{s.ownerName || t(`stations.owner.${s.owner}`)}</Descriptions.Item>
        <Descriptions.Item label={t('st.address')}>{s.address}</Descriptions.Item>
        <Descriptions.Item label={`${t('st.lat')} / ${t('st.lng')}`}>
          {s.lat}, {s.lng} {s.positionFlagged && <Tag color="orange">{t('st.flagged')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('stations.hours')}>
          {weekly}
          {s.hours.holidays === 'closed' ? `；${t('stations.holidaysClosed')}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('st.amenities')}>{s.amenities.map(amenities.name).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('st.contact')}>{s.contact}</Descriptions.Item>
      </Descriptions>
      {s.story && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.story}</Typography.Paragraph>}
      <Space wrap style={{ margin: '12px 0' }}>
        <Button onClick={() => setEditing(true)}>{t('st.edit')}</Button>
        {(s.movable || manage) && <Button onClick={() => setMoving(true)}>{t('st.position')}</Button>}
        {manage && s.status === 'active' && (
          <Button
            danger
            onClick={() =>
              modal.confirm({
                title: t('st.retireConfirm'),
                onOk: () => act(() => call(api.POST('/api/stations/{id}/retire', path))),
              })
            }
          >
            {t('st.retire')}
          </Button>
        )}
      </Space>
      <StationPhotos s={s} reload={reload} />
      <Card size="small" title={t('st.managers')} style={{ marginBottom: 12 }}>
        <Space wrap>
          {s.managers.length === 0 && <Typography.Text type="secondary">{t('st.noManagers')}</Typography.Text>}
          {s.managers.map((m) => (
            <Tag
              key={m.id}
              closable={manage}
              onClose={(e) => {
                e.preventDefault();
                void act(() =>
                  call(
                    api.DELETE('/api/stations/{id}/managers/{accountId}', {
                      params: { path: { id: s.id, accountId: m.id } },
                    }),
                  ),
                );
              }}
            >
              {m.displayName}（{m.username}）
            </Tag>
          ))}
        </Space>
        {manage && (
          <Space.Compact style={{ marginTop: 8 }}>
            <Input
              placeholder={t('st.managerUsername')}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              title={t('st.managerHint')}
            />
            <Button
              onClick={async () => {
                if (await act(() => call(api.POST('/api/stations/{id}/managers', { ...path, body: { username } }))))
                  setUsername('');
              }}
            >
              {t('st.addManager')}
            </Button>
          </Space.Compact>
        )}
      </Card>
      <Card size="small" title={t('st.poster')}>
        <Typography.Paragraph type="secondary">{t('st.posterHint')}</Typography.Paragraph>
        {png && <img src={png} alt={t('st.poster')} width={200} height={200} data-testid="st-poster" />}
        <Space style={{ display: 'flex', marginTop: 8 }}>
          <Button onClick={() => window.print()}>{t('st.print')}</Button>
          {manage && (
            <Button
              onClick={() =>
                modal.confirm({
                  title: t('st.reissueConfirm'),
                  onOk: () => act(() => call(api.POST('/api/stations/{id}/poster/reissue', path)).then(poster.reload)),
                })
              }
            >
              {t('st.reissue')}
            </Button>
          )}
        </Space>
      </Card>
      <StationForm open={editing} editing={s} onClose={() => setEditing(false)} onSaved={reload} />
      <Drawer open={moving} onClose={() => setMoving(false)} title={t('st.position')} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('st.positionHint')}</Typography.Paragraph>
        <Form
          layout="vertical"
          initialValues={{ lat: s.lat, lng: s.lng, datum: 'wgs84' }}
          onFinish={async (v: { lat: number; lng: number; datum: 'wgs84' | 'gcj02' | 'bd09' }) => {
            if (await act(() => call(api.PUT('/api/stations/{id}/position', { ...path, body: v })), 'st.moved'))
              setMoving(false);
          }}
        >
          <Form.Item name="lat" label={t('st.lat')} rules={[{ required: true }]}>
            <InputNumber style={{ width: '100%' }} step={0.000001} />
          </Form.Item>
          <Form.Item name="lng" label={t('st.lng')} rules={[{ required: true }]}>
            <InputNumber style={{ width: '100%' }} step={0.000001} />
          </Form.Item>
          <Form.Item name="datum" label={t('st.datum')}>
            <Select
              options={(['wgs84', 'gcj02', 'bd09'] as const).map((d) => ({ value: d, label: t(`st.datum.${d}`) }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Drawer>
    </>
  );
}
