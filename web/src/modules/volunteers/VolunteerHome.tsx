// 志愿服务 in the member app: register (or, not a member yet, the way to join), my details and teams, the teams of my
// union and those above it to join, the points rules in force, and the way to the orders my teams can take.
import {
  Button,
  Card,
  Dialog,
  Form,
  Input,
  List,
  NoticeBar,
  Selector,
  Switch,
  Tag,
  TextArea,
  Toast,
} from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import { specialtyKey } from './format';

/** The skills offered as choices, by message; what is stored is the Chinese word, as members type it. */
const skillKeys = [
  'bikeRepair',
  'applianceRepair',
  'haircut',
  'legal',
  'health',
  'tutoring',
  'rescue',
  'counselling',
] as const;

type Mine = Awaited<ReturnType<typeof loadMine>>;
const loadMine = () => call(api.GET('/api/me/volunteer'));

export function VolunteerHome() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const mine = useAsync(loadMine, []);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageBar back="/services">{t('volunteer.title')}</PageBar>
      <AsyncView state={mine}>
        {(m) => {
          if (!m.canRegister) {
            return (
              <Card style={{ margin: 12, borderRadius: 12 }}>
                <p>{t('volunteer.membersOnly')}</p>
                <Button block color="primary" onClick={() => navigate('/join')}>
                  {t('volunteer.toJoin')}
                </Button>
              </Card>
            );
          }
          const active = m.volunteer?.status === 'active';
          if (!active || editing) {
            return (
              <>
                {!active && <NoticeBar content={t('volunteer.intro')} color="info" wrap />}
                <RegisterForm
                  mine={m}
                  onSaved={async () => {
                    setEditing(false);
                    await mine.reload();
                  }}
                />
              </>
            );
          }
          return <Registered mine={m} reload={mine.reload} onEdit={() => setEditing(true)} />;
        }}
      </AsyncView>
    </>
  );
}

function RegisterForm({ mine, onSaved }: { mine: Mine; onSaved: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const v = mine.volunteer;
  const [skills, setSkills] = useState<string[]>(v?.skills ?? []);
  const [availability, setAvailability] = useState(v?.availability ?? '');
  const [areas, setAreas] = useState(v?.areas ?? '');
  const [intention, setIntention] = useState(v?.intention ?? '');
  const [modelWorker, setModelWorker] = useState(v?.modelWorker ?? false);
  const [saving, setSaving] = useState(false);
  const renew = v?.status === 'active';
  const save = async () => {
    setSaving(true);
    try {
      await call(api.PUT('/api/me/volunteer', { body: { skills, availability, areas, intention, modelWorker } }));
      Toast.show({ content: t(renew ? 'volunteer.updated' : 'volunteer.registered') });
      await onSaved();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    } finally {
      setSaving(false);
    }
  };
  // The choices are the skills in Chinese (what cadres read), labelled in the reader's language.
  const zhSkills = skillKeys.map((k) => ({ key: k, value: skillZh[k] }));
  return (
    <Form layout="vertical" style={{ margin: 12 }}>
      <Form.Item label={t('volunteer.skills')} description={t('volunteer.skillsHint')}>
        <Selector
          multiple
          columns={2}
          value={skills}
          onChange={setSkills}
          options={zhSkills.map((s) => ({ value: s.value, label: t(`volunteer.skill.${s.key}` as MessageKey) }))}
          data-testid="volunteer-skills"
        />
      </Form.Item>
      <Form.Item label={t('volunteer.availability')}>
        <Input
          value={availability}
          onChange={setAvailability}
          maxLength={100}
          placeholder={t('volunteer.availabilityPlaceholder')}
        />
      </Form.Item>
      <Form.Item label={t('volunteer.areas')}>
        <Input value={areas} onChange={setAreas} maxLength={100} placeholder={t('volunteer.areasPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('volunteer.intention')}>
        <TextArea
          value={intention}
          onChange={setIntention}
          maxLength={500}
          rows={3}
          placeholder={t('volunteer.intentionPlaceholder')}
        />
      </Form.Item>
      <Form.Item label={t('volunteer.modelWorker')} childElementPosition="right">
        <Switch checked={modelWorker} onChange={setModelWorker} />
      </Form.Item>
      <Button block color="primary" loading={saving} onClick={save} data-testid="volunteer-register">
        {t(renew ? 'volunteer.update' : 'volunteer.register')}
      </Button>
    </Form>
  );
}

const skillZh: Record<(typeof skillKeys)[number], string> = {
  bikeRepair: '电动车维修',
  applianceRepair: '家电维修',
  haircut: '理发',
  legal: '法律咨询',
  health: '健康义诊',
  tutoring: '课业辅导',
  rescue: '应急救援',
  counselling: '心理疏导',
};

function Registered({ mine, reload, onEdit }: { mine: Mine; reload: () => Promise<void>; onEdit: () => void }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const v = mine.volunteer;
  const withdraw = async () => {
    if (!(await Dialog.confirm({ content: t('volunteer.withdrawConfirm') }))) return;
    await call(api.DELETE('/api/me/volunteer'));
    Toast.show({ content: t('volunteer.withdrawn') });
    await reload();
  };
  if (!v) return null;
  return (
    <div data-testid="volunteer-home">
      <Card
        title={t('volunteer.me')}
        extra={
          <Button size="mini" onClick={onEdit}>
            {t('volunteer.edit')}
          </Button>
        }
        style={{ margin: 12, borderRadius: 12 }}
      >
        <div>
          {v.name} · {v.union.name}
          {v.modelWorker && (
            <Tag color="warning" style={{ marginLeft: 6 }}>
              {t('volunteer.modelWorker')}
            </Tag>
          )}
        </div>
        <div style={{ margin: '6px 0' }}>
          {v.skills.map((s) => (
            <Tag key={s} color="primary" fill="outline" style={{ marginRight: 4 }}>
              <span translate="no">{s}</span>
            </Tag>
          ))}
        </div>
        <div className="m-muted">
          {t('volunteer.since', { date: new Date(v.registeredAt).toLocaleDateString(lang) })}
        </div>
      </Card>
      <div style={{ margin: 12 }}>
        <Button block color="primary" onClick={() => navigate('/volunteer/orders')} data-testid="volunteer-orders">
          {t('volunteer.orders')}
        </Button>
      </div>
      <div style={{ margin: '0 12px 12px' }}>
        <Button block onClick={() => navigate('/volunteer/activities')} data-testid="volunteer-activities">
          {t('volunteer.activities')}
        </Button>
      </div>
      <List header={t('volunteer.myTeams')} className="m-list" data-testid="my-teams">
        {mine.teams.length === 0 && <List.Item>{t('volunteer.noTeams')}</List.Item>}
        {mine.teams.map((team) => (
          <List.Item
            key={team.id}
            onClick={team.mine === 'pending' ? undefined : () => navigate(`/volunteer/teams/${team.id}`)}
            description={t('volunteer.teamMeta', {
              specialty: t(specialtyKey(team.specialty)),
              union: team.union.name,
              n: team.memberCount,
            })}
            extra={
              <Tag color={team.mine === 'pending' ? 'default' : 'success'}>
                {t(`volunteer.mine.${team.mine}` as MessageKey)}
              </Tag>
            }
          >
            {team.name}
          </List.Item>
        ))}
      </List>
      <TeamsToJoin reload={reload} />
      <Rules />
      <div style={{ margin: 12 }}>
        <Button block fill="none" color="danger" onClick={withdraw}>
          {t('volunteer.withdraw')}
        </Button>
      </div>
    </div>
  );
}

function TeamsToJoin({ reload }: { reload: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const teams = useAsync(() => call(api.GET('/api/me/volunteer/teams', { params: { query: { pageSize: 100 } } })), []);
  const join = async (id: number, open: boolean) => {
    try {
      await call(api.POST('/api/me/volunteer/teams/{id}/join', { params: { path: { id } } }));
      Toast.show({ content: t(open ? 'volunteer.joined' : 'volunteer.asked') });
      await Promise.all([teams.reload(), reload()]);
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  const open = teams.data?.items.filter((x) => x.mine === 'none') ?? [];
  return (
    <List header={t('volunteer.teamsToJoin')} className="m-list" data-testid="teams-to-join">
      {teams.data && open.length === 0 && <List.Item>{t('volunteer.noTeamsToJoin')}</List.Item>}
      {open.map((team) => (
        <List.Item
          key={team.id}
          description={`${t('volunteer.teamMeta', {
            specialty: t(specialtyKey(team.specialty)),
            union: team.union.name,
            n: team.memberCount,
          })}${team.description ? ` · ${team.description}` : ''}`}
          extra={
            <Button size="mini" color="primary" onClick={() => join(team.id, team.openToJoin)}>
              {t(team.openToJoin ? 'volunteer.join' : 'volunteer.askJoin')}
            </Button>
          }
        >
          {team.name}
        </List.Item>
      ))}
    </List>
  );
}

/** The points rules in force for my union, in words. */
export function Rules() {
  const { t } = useI18n();
  const rules = useAsync(() => call(api.GET('/api/me/volunteer/rules')), []);
  const r = rules.data?.rule;
  if (!rules.data) return null;
  const bySpecialty = r
    ? Object.entries(r.pointsBySpecialty)
        .map(([s, n]) => `${t(specialtyKey(s))} ${n}`)
        .join('、')
    : '';
  return (
    <Card title={t('volunteer.rules')} style={{ margin: 12, borderRadius: 12 }} data-testid="volunteer-rules">
      {r ? (
        <>
          <p>
            {t('volunteer.rulesText', {
              union: r.union.name,
              version: r.version,
              orderPoints: r.orderPoints,
              min: r.bonusMinRating,
              bonus: r.bonusPoints,
              hour: r.hourPoints,
            })}
          </p>
          {bySpecialty && <p>{t('volunteer.rulesBySpecialty', { list: bySpecialty })}</p>}
          {r.note && <p className="m-muted">{r.note}</p>}
        </>
      ) : (
        <p className="m-muted">{t('volunteer.noRules')}</p>
      )}
    </Card>
  );
}
