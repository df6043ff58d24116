// 驿站阵地 in the console: the stations the caller runs (all of the subtree for a union admin, the named ones for a
// station manager), a new station, and each station's page.
import { Button, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
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
            <Button type="primary" onClick={() => setCreating(true)} data-testid="st-new">
              {t('st.new')}
            </Button>
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
    </>
  );
}
