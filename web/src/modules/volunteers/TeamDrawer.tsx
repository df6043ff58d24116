// One team in the console: its members and join requests (approve or turn down), its leader, joining open or by
// approval, closing; and its work log, where a cadre may add an entry too.
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Image,
  Input,
  InputNumber,
  List,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAct } from '../../admin/components/useAct';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { specialtyKey } from './format';
import { VolunteerSelect } from './VolunteersPage';

export function TeamDrawer(props: { id: number | null; onClose: () => void; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  return (
    <Drawer open={props.id !== null} onClose={props.onClose} title={t('volunteers.team')} width={640} destroyOnHidden>
      {props.id !== null && <Team id={props.id} onChanged={props.onChanged} />}
    </Drawer>
  );
}

function Team({ id, onChanged }: { id: number; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const team = useAsync(() => call(api.GET('/api/volunteer-teams/{id}', { params: { path: { id } } })), [id]);
  const logs = useAsync(
    () => call(api.GET('/api/volunteer-teams/{id}/logs', { params: { path: { id }, query: { pageSize: 50 } } })),
    [id],
  );
  const act = useAct(async () => {
    await Promise.all([team.reload(), logs.reload(), onChanged()]);
  });
  const patch = (body: Record<string, unknown>, done: Parameters<typeof t>[0] = 'common.saved') =>
    act(() => call(api.PATCH('/api/volunteer-teams/{id}', { params: { path: { id } }, body })), done);
  const decide = (volunteerId: number, approve: boolean) =>
    act(
      () =>
        call(
          api.POST('/api/volunteer-teams/{id}/requests', { params: { path: { id } }, body: { volunteerId, approve } }),
        ),
      approve ? 'volunteers.approved' : 'volunteers.refused',
    );
  const x = team.data;
  if (!x) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="team-drawer">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('volunteers.teamName')}>{x.name}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.union')}>{x.union.name}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.specialty')}>{t(specialtyKey(x.specialty))}</Descriptions.Item>
        {x.description && <Descriptions.Item label={t('volunteers.description')}>{x.description}</Descriptions.Item>}
        <Descriptions.Item label={t('volunteers.openToJoin')}>
          <Switch
            checked={x.openToJoin}
            onChange={(on) => void patch({ openToJoin: on })}
            disabled={x.status !== 'active'}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('volunteers.leader')}>
          <div style={{ maxWidth: 320 }}>
            <VolunteerSelect
              value={x.leader?.id}
              onChange={(leaderVolunteerId) =>
                leaderVolunteerId && void patch({ leaderVolunteerId }, 'volunteers.leaderSet')
              }
            />
          </div>
        </Descriptions.Item>
      </Descriptions>
      <Table
        rowKey="volunteerId"
        size="small"
        pagination={false}
        dataSource={x.members}
        locale={{ emptyText: t('volunteers.noMembers') }}
        columns={[
          { title: t('volunteers.name'), dataIndex: 'name' },
          { title: t('volunteers.phone'), dataIndex: 'phone' },
          {
            title: t('volunteers.role'),
            render: (_, m) =>
              m.status === 'pending' ? (
                <Tag color="orange">{t('volunteer.mine.pending')}</Tag>
              ) : (
                <Tag color={m.role === 'leader' ? 'gold' : 'blue'}>{t(`volunteer.mine.${m.role}`)}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, m) =>
              m.status === 'pending' && (
                <Space>
                  <Button size="small" type="primary" onClick={() => void decide(m.volunteerId, true)}>
                    {t('volunteers.approve')}
                  </Button>
                  <Button size="small" onClick={() => void decide(m.volunteerId, false)}>
                    {t('volunteers.refuse')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <NewLogEntry
        onSave={(body) =>
          act(
            () => call(api.POST('/api/volunteer-teams/{id}/logs', { params: { path: { id } }, body })),
            'volunteer.logSaved',
          )
        }
      />
      <List
        header={t('volunteer.teamLog')}
        dataSource={logs.data?.items ?? []}
        locale={{ emptyText: t('volunteer.noLogs') }}
        renderItem={(l) => (
          <List.Item>
            <List.Item.Meta
              title={l.body}
              description={t('volunteer.logMeta', { date: l.happenedOn, author: l.author ?? '', n: l.peopleServed })}
            />
            <Image.PreviewGroup>
              {l.photoUrls.map((u) => (
                <Image key={u} src={u} width={48} height={48} style={{ objectFit: 'cover' }} />
              ))}
            </Image.PreviewGroup>
          </List.Item>
        )}
      />
      {x.status === 'active' ? (
        <Button
          danger
          onClick={() =>
            modal.confirm({
              title: t('volunteers.closeConfirm'),
              onOk: () => patch({ status: 'closed' }, 'volunteers.closed'),
            })
          }
        >
          {t('volunteers.close')}
        </Button>
      ) : (
        <Button onClick={() => void patch({ status: 'active' }, 'volunteers.reopened')}>
          {t('volunteers.reopen')}
        </Button>
      )}
    </Space>
  );
}

interface LogValues {
  happenedOn: Dayjs;
  body: string;
  peopleServed: number;
}

function NewLogEntry({
  onSave,
}: {
  onSave: (body: { happenedOn: string; body: string; peopleServed: number }) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<LogValues>();
  const submit = async ({ happenedOn, ...v }: LogValues) => {
    if (await onSave({ ...v, happenedOn: happenedOn.format('YYYY-MM-DD') })) form.resetFields();
  };
  return (
    <Form form={form} layout="inline" onFinish={submit} initialValues={{ happenedOn: dayjs(), peopleServed: 0 }}>
      <Form.Item name="happenedOn" rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} aria-label={t('volunteer.logDate')} />
      </Form.Item>
      <Form.Item name="body" rules={[{ required: true, max: 1000, message: t('volunteers.logRequired') }]}>
        <Input placeholder={t('volunteer.logBody')} style={{ width: 220 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="peopleServed">
        <InputNumber min={0} max={100000} aria-label={t('volunteer.logPeople')} />
      </Form.Item>
      <Button htmlType="submit">{t('volunteer.writeLog')}</Button>
    </Form>
  );
}
