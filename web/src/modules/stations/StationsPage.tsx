// 驿站阵地 in the console: the stations the caller runs (all of the subtree for a union admin, the named ones for a
// station manager), a new station, and each station's page.
import { Button, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { stations as enums } from '../../api/enums';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { StationForm } from './StationForm';

export default function StationsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const canCreate = useSession().can('station.manage');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<(typeof enums.stationKinds)[number] | undefined>();
  const [creating, setCreating] = useState(false);
  const [addingAmenity, setAddingAmenity] = useState(false);
  const list = usePagedList(
    (page, pageSize) =>
      call(api.GET('/api/stations', { params: { query: { page, pageSize, q: q || undefined, kind } } })),
    [q, kind],
  );
  return (
    <>
      <ListPage
        title={t('st.menu')}
        hint={t('st.hint')}
        list={list}
        empty={t('st.empty')}
        filters={
          <Space wrap>
            <Input.Search allowClear placeholder={t('st.search')} onSearch={setQ} style={{ width: 220 }} />
            <Select
              allowClear
              placeholder={t('st.kind')}
              style={{ width: 160 }}
              value={kind}
              onChange={setKind}
              options={enums.stationKinds.map((k) => ({ value: k, label: t(`stations.kind.${k}`) }))}
            />
          </Space>
        }
        extra={
          canCreate && (
            <Space>
              <Button onClick={() => setAddingAmenity(true)}>{t('st.addAmenity')}</Button>
              <Button type="primary" onClick={() => setCreating(true)} data-testid="st-new">
                {t('st.new')}
              </Button>
            </Space>
          )
        }
        columns={[
          { title: t('st.name'), dataIndex: 'name' },
          { title: t('st.kind'), render: (_, s) => t(`stations.kind.${s.kind}`) },
          { title: t('st.union'), render: (_, s) => s.union.name },
          { title: t('st.address'), dataIndex: 'address', ellipsis: true },
          {
            title: t('st.managers'),
            render: (_, s) =>
              s.managers.length ? s.managers.map((m) => m.displayName).join('、') : t('st.noManagers'),
          },
          {
            title: t('st.status'),
            render: (_, s) => (
              <Space>
                {s.movable && <Tag>{t('st.movable')}</Tag>}
                {s.positionFlagged && <Tag color="orange">{t('st.flagged')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, s) => (
              <Button size="small" onClick={() => navigate(`/admin/stations/${s.id}`)} data-testid={`st-open-${s.id}`}>
                {t('st.open.detail')}
              </Button>
            ),
          },
        ]}
      />
      <StationForm open={creating} editing={null} onClose={() => setCreating(false)} onSaved={list.reload} />
      <NewAmenity open={addingAmenity} onClose={() => setAddingAmenity(false)} />
    </>
  );
}

/** An amenity the built-in list lacks (say, a breast-feeding room): a key and its name in both languages. */
function NewAmenity({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ key: string; nameZh: string; nameEn: string }>();
  const act = useAct(() => undefined);
  return (
    <Modal open={open} title={t('st.addAmenity')} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (body) => {
          if (await act(() => call(api.POST('/api/station-amenities', { body })))) onClose();
        }}
      >
        <Form.Item
          name="key"
          label={t('st.amenityKey')}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,30}$/, message: t('st.amenityKeyRule') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="nameZh" label={t('st.amenityZh')} rules={[{ required: true, max: 20 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('st.amenityEn')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
