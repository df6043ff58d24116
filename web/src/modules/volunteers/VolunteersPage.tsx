// 志愿者与服务队 in the console: the teams of the caller's subtree (set up, open one: members, join requests, leader,
// closing, work log) and the registered volunteers (masked phones), each list paged by the server.
import { Button, Card, Drawer, Form, Input, Select, Space, Switch, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { ListPage, usePagedList } from '../../admin/kit/ListPage';
import { api, call } from '../../api/client';
import { volunteers } from '../../api/enums';
import { useI18n } from '../../i18n';
import { ActivitiesTab } from './ActivitiesTab';
import { specialtyKey } from './format';
import { TeamDrawer } from './TeamDrawer';

export default function VolunteersPage() {
  const { t } = useI18n();
  return (
    <Tabs
      items={[
        { key: 'teams', label: t('volunteers.teams'), children: <Teams /> },
        { key: 'activities', label: t('volunteers.activities'), children: <ActivitiesTab /> },
        { key: 'volunteers', label: t('volunteers.people'), children: <People /> },
      ]}
    />
  );
}

function Teams() {
  const { t } = useI18n();
  const [specialty, setSpecialty] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const list = usePagedList(
    (page, pageSize) =>
      call(
        api.GET('/api/volunteer-teams', {
          params: { query: { specialty: specialty as (typeof volunteers.specialties)[number], page, pageSize } },
        }),
      ),
    [specialty],
  );
  return (
    <>
      <ListPage
        title={t('volunteers.teams')}
        hint={t('volunteers.teamsHint')}
        list={list}
        empty={t('volunteers.noTeams')}
        onOpen={(row) => setOpen(row.id)}
        filters={
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('volunteers.allSpecialties')}
            value={specialty}
            onChange={setSpecialty}
            options={volunteers.specialties.map((s) => ({ value: s, label: t(specialtyKey(s)) }))}
          />
        }
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="team-new">
            {t('volunteers.newTeam')}
          </Button>
        }
        columns={[
          { title: t('volunteers.teamName'), dataIndex: 'name' },
          { title: t('volunteers.specialty'), render: (_, x) => t(specialtyKey(x.specialty)), width: 100 },
          { title: t('volunteers.union'), render: (_, x) => x.union.name },
          { title: t('volunteers.leader'), render: (_, x) => x.leader?.name ?? '—', width: 100 },
          { title: t('volunteers.memberCount'), dataIndex: 'memberCount', width: 80 },
          {
            title: t('volunteers.requests'),
            width: 90,
            render: (_, x) => (x.pendingCount > 0 ? <Tag color="orange">{x.pendingCount}</Tag> : '—'),
          },
          {
            title: t('volunteers.status'),
            width: 90,
            render: (_, x) => (
              <Tag color={x.status === 'active' ? 'green' : 'default'}>{t(`volunteers.teamStatus.${x.status}`)}</Tag>
            ),
          },
        ]}
      />
      <NewTeam open={creating} onClose={() => setCreating(false)} onCreated={list.reload} />
      <TeamDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />
    </>
  );
}

interface TeamValues {
  unionId: number;
  name: string;
  specialty: (typeof volunteers.specialties)[number];
  description?: string;
  openToJoin: boolean;
  leaderVolunteerId?: number;
}

function NewTeam(props: { open: boolean; onClose: () => void; onCreated: () => Promise<void> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<TeamValues>();
  const act = useAct(props.onCreated);
  const submit = async (v: TeamValues) => {
    if (await act(() => call(api.POST('/api/volunteer-teams', { body: v })), 'volunteers.teamCreated')) {
      form.resetFields();
      props.onClose();
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t('volunteers.newTeam')} width={480} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ specialty: 'repair', openToJoin: true }}>
        <Form.Item
          name="unionId"
          label={t('volunteers.union')}
          rules={[{ required: true, message: t('volunteers.unionRequired') }]}
        >
          <UnionSelect />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('volunteers.teamName')}
          rules={[{ required: true, max: 50, message: t('volunteers.nameRequired') }]}
        >
          <Input maxLength={50} data-testid="team-name" />
        </Form.Item>
        <Form.Item name="specialty" label={t('volunteers.specialty')}>
          <Select options={volunteers.specialties.map((s) => ({ value: s, label: t(specialtyKey(s)) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('volunteers.description')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="openToJoin"
          label={t('volunteers.openToJoin')}
          valuePropName="checked"
          extra={t('volunteers.openToJoinHint')}
        >
          <Switch />
        </Form.Item>
        <Form.Item name="leaderVolunteerId" label={t('volunteers.leader')} extra={t('volunteers.leaderHint')}>
          <VolunteerSelect />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="team-save">
            {t('volunteers.newTeam')}
          </Button>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}

/** Picks a registered volunteer of the caller's subtree (by name; the first 100). */
export function VolunteerSelect(props: { value?: number; onChange?: (id: number) => void }) {
  const { t } = useI18n();
  const [options, setOptions] = useState<Array<{ value: number; label: string }> | null>(null);
  const load = async () => {
    if (options) return;
    const page = await call(api.GET('/api/volunteers', { params: { query: { pageSize: 100 } } }));
    setOptions(page.items.map((v) => ({ value: v.id, label: `${v.name} · ${v.union.name} · ${v.phone}` })));
  };
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={t('volunteers.pickVolunteer')}
      value={props.value}
      onChange={props.onChange}
      onFocus={() => void load()}
      options={options ?? []}
      loading={options === null}
    />
  );
}

function People() {
  const { t, lang } = useI18n();
  const [modelWorker, setModelWorker] = useState<'true' | undefined>();
  const list = usePagedList(
    (page, pageSize) => call(api.GET('/api/volunteers', { params: { query: { modelWorker, page, pageSize } } })),
    [modelWorker],
  );
  return (
    <ListPage
      title={t('volunteers.people')}
      list={list}
      empty={t('volunteers.noPeople')}
      filters={
        <Space>
          <Switch checked={modelWorker === 'true'} onChange={(on) => setModelWorker(on ? 'true' : undefined)} />
          {t('volunteers.modelWorkersOnly')}
        </Space>
      }
      expandable={{
        rowExpandable: (v) => Boolean(v.intention || v.availability || v.areas),
        expandedRowRender: (v) => (
          <Card size="small">
            {v.availability && <div>{t('volunteers.availability', { text: v.availability })}</div>}
            {v.areas && <div>{t('volunteers.areas', { text: v.areas })}</div>}
            {v.intention && <div>{t('volunteers.intention', { text: v.intention })}</div>}
          </Card>
        ),
      }}
      columns={[
        { title: t('volunteers.name'), dataIndex: 'name', width: 100 },
        { title: t('volunteers.phone'), dataIndex: 'phone', width: 130 },
        { title: t('volunteers.union'), render: (_, v) => v.union.name },
        { title: t('volunteers.skills'), render: (_, v) => v.skills.join('、') || '—' },
        {
          title: t('volunteers.status'),
          width: 140,
          render: (_, v) => (
            <Space size={4}>
              <Tag color={v.status === 'active' ? 'green' : 'default'}>
                {t(`volunteers.volunteerStatus.${v.status}`)}
              </Tag>
              {v.modelWorker && <Tag color="gold">{t('volunteers.modelWorker')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('volunteers.registeredAt'),
          width: 110,
          render: (_, v) => new Date(v.registeredAt).toLocaleDateString(lang, { timeZone: 'Asia/Shanghai' }),
        },
      ]}
    />
  );
}
