// 就业岗位 in the member app: search open jobs (words, kind, pay, near me), the jobs suggested to me with why, my
// applications; one job with "apply"; and the consent to be sent jobs, with what I look for.
import {
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  NoticeBar,
  SearchBar,
  Selector,
  Space,
  Switch,
  Tabs,
  Tag,
  TextArea,
  Toast,
} from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useMemberAct } from '../../member/kit/useMemberAct';
import { chinaMoment } from '../../shared/chinaTime';
import { useAsync } from '../../shared/useAsync';
import { FairList } from './MemberFairs';
import { usePay } from './pay';

type Job = Awaited<ReturnType<typeof loadSearch>>['items'][number];
type Filters = {
  q: string;
  kind?: 'gig' | 'long_term';
  payAtLeast?: number;
  near: { lat: number; lng: number } | null;
};
const loadSearch = (f: Filters) =>
  call(
    api.GET('/api/me/jobs', {
      params: {
        query: {
          q: f.q || undefined,
          kind: f.kind,
          payAtLeast: f.payAtLeast,
          lat: f.near?.lat,
          lng: f.near?.lng,
          pageSize: 50,
        },
      },
    }),
  );

export function JobsHome() {
  const { t } = useI18n();
  const navigate = useNavigate();
  // The tab is in the address, so coming back from a fair or a job lands on the tab left.
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') ?? 'search') as 'search' | 'suggested' | 'fairs' | 'applications';
  const setTab = (k: string) => setParams(k === 'search' ? {} : { tab: k }, { replace: true });
  const seeker = useAsync(() => call(api.GET('/api/me/job-seeker')).catch(() => null), []);
  return (
    <>
      <PageBar back="/services">{t('jobs.title')}</PageBar>
      <List className="m-list">
        <List.Item
          onClick={() => navigate('/jobs/seeker')}
          extra={
            seeker.data?.seeker?.consent ? (
              <Tag color="success">{t('jobs.seekerOn').split('：')[0]}</Tag>
            ) : (
              t('jobs.seekerOff')
            )
          }
          data-testid="jobs-seeker-entry"
        >
          {t('jobs.seeker')}
        </List.Item>
      </List>
      <Tabs activeKey={tab} onChange={setTab}>
        <Tabs.Tab key="search" title={t('jobs.search')} />
        <Tabs.Tab key="suggested" title={t('jobs.suggested')} />
        <Tabs.Tab key="fairs" title={t('jobs.fairs')} />
        <Tabs.Tab key="applications" title={t('jobs.applications')} />
      </Tabs>
      {tab === 'search' && <Search />}
      {tab === 'suggested' && <Suggested />}
      {tab === 'fairs' && <FairList />}
      {tab === 'applications' && <Applications />}
    </>
  );
}

function Search() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>({ q: '', near: null });
  const [pay, setPay] = useState('');
  const jobs = useAsync(() => loadSearch(filters), [JSON.stringify(filters)]);
  const nearMe = (on: boolean) => {
    if (!on) {
      setFilters({ ...filters, near: null });
      return;
    }
    if (!navigator.geolocation) {
      Toast.show({ content: t('jobs.noLocation') });
      return;
    }
    Toast.show({ content: t('jobs.locating') });
    navigator.geolocation.getCurrentPosition(
      (p) => setFilters({ ...filters, near: { lat: p.coords.latitude, lng: p.coords.longitude } }),
      () => Toast.show({ content: t('jobs.noLocation') }),
      { timeout: 8000 },
    );
  };
  return (
    <>
      <div style={{ padding: '8px 12px' }}>
        <SearchBar
          placeholder={t('jobs.keyword')}
          onSearch={(q) => setFilters({ ...filters, q })}
          onClear={() => setFilters({ ...filters, q: '' })}
        />
        <Space wrap align="center" style={{ marginTop: 8 }}>
          <Selector
            value={[filters.kind ?? 'any']}
            onChange={(v) =>
              setFilters({ ...filters, kind: v[0] === 'any' || !v[0] ? undefined : (v[0] as Filters['kind']) })
            }
            options={[
              { value: 'any', label: t('jobs.anyKind') },
              { value: 'gig', label: t('jobs.kind.gig') },
              { value: 'long_term', label: t('jobs.kind.long_term') },
            ]}
            data-testid="jobs-kind"
          />
          <Input
            type="number"
            inputMode="numeric"
            value={pay}
            onChange={setPay}
            onBlur={() => setFilters({ ...filters, payAtLeast: pay ? Number(pay) : undefined })}
            placeholder={t('jobs.payAtLeast')}
            style={{ width: 110 }}
            aria-label={t('jobs.payAtLeast')}
          />
          <Space align="center">
            <Switch checked={filters.near !== null} onChange={nearMe} aria-label={t('jobs.nearMe')} />
            {t('jobs.nearMe')}
          </Space>
        </Space>
      </div>
      <JobList state={jobs} empty={t('jobs.none')} testId="jobs-search" />
    </>
  );
}

function Suggested() {
  const { t } = useI18n();
  const jobs = useAsync(() => call(api.GET('/api/me/jobs/suggested', { params: { query: { pageSize: 50 } } })), []);
  return <JobList state={jobs} empty={t('jobs.noneSuggested')} testId="jobs-suggested" />;
}

function JobList({
  state,
  empty,
  testId,
}: {
  state: Parameters<typeof AsyncView<{ items: Job[] }>>[0]['state'];
  empty: string;
  testId: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const pay = usePay();
  return (
    <AsyncView state={state}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty className="m-empty" description={empty} />
        ) : (
          <List className="m-list" data-testid={testId}>
            {page.items.map((j) => (
              <List.Item
                key={j.id}
                onClick={() => navigate(`/jobs/${j.id}`)}
                description={
                  <>
                    <div>{t('jobs.meta', { employer: j.employer.name, place: j.place })}</div>
                    {j.why.length > 0 && <Why reasons={j.why} />}
                  </>
                }
                extra={
                  <div style={{ textAlign: 'right' }}>
                    <div style={{ color: 'var(--adm-color-danger)' }}>{pay(j)}</div>
                    <Tag color={j.kind === 'gig' ? 'warning' : 'primary'} fill="outline">
                      {t(`jobs.kind.${j.kind}` as MessageKey)}
                    </Tag>
                    {j.distanceKm !== null && <div className="m-muted">{t('jobs.km', { km: j.distanceKm })}</div>}
                  </div>
                }
              >
                {j.title}
                {j.applied && (
                  <Tag color="success" style={{ marginLeft: 6 }}>
                    {t(`jobs.status.${j.applied}` as MessageKey)}
                  </Tag>
                )}
              </List.Item>
            ))}
          </List>
        )
      }
    </AsyncView>
  );
}

/** Why a job was suggested, reason by reason, in the reader's language. */
function Why({ reasons }: { reasons: Job['why'] }) {
  const { t } = useI18n();
  const text = reasons.map((r) =>
    r.code === 'kind'
      ? t(`jobs.why.kind.${r.kind}` as MessageKey)
      : r.code === 'skills'
        ? t('jobs.why.skills', { skills: (r.skills ?? []).join('、') })
        : r.code === 'distance'
          ? t('jobs.why.distance', { km: r.km ?? 0 })
          : r.code === 'pay'
            ? t('jobs.why.pay', { pay: r.minPay ?? 0 })
            : t('jobs.why.hardship'),
  );
  return (
    <div className="m-muted" data-testid="job-why">
      {t('jobs.why')}：{text.join('；')}
    </div>
  );
}

function Applications() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const mine = useAsync(() => call(api.GET('/api/me/job-applications', { params: { query: { pageSize: 50 } } })), []);
  return (
    <AsyncView state={mine}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty className="m-empty" description={t('jobs.noApplications')} />
        ) : (
          <div data-testid="job-applications">
            {page.items.map((a) => (
              <Card
                key={a.id}
                title={a.job.title}
                extra={
                  <Tag color={a.status === 'hired' ? 'success' : a.status === 'interview' ? 'warning' : 'default'}>
                    {t(`jobs.status.${a.status}` as MessageKey)}
                  </Tag>
                }
                onClick={() => navigate(`/jobs/${a.job.id}`)}
                style={{ margin: 12, borderRadius: 12 }}
              >
                <div>{a.job.employer}</div>
                {a.status === 'interview' && a.interviewAt && (
                  <div>
                    {t('jobs.interview', { when: chinaMoment(a.interviewAt, lang), place: a.interviewPlace ?? '' })}
                  </div>
                )}
                {a.note && <div className="m-muted">{a.note}</div>}
              </Card>
            ))}
          </div>
        )
      }
    </AsyncView>
  );
}

export function JobPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const pay = usePay();
  const job = useAsync(() => call(api.GET('/api/me/jobs/{id}', { params: { path: { id } } })), [id]);
  const [intro, setIntro] = useState('');
  const { run, busy: sending } = useMemberAct(job.reload);
  const submit = async () => {
    await run(
      () => call(api.POST('/api/me/jobs/{id}/apply', { params: { path: { id } }, body: { intro } })),
      'jobs.applied',
    );
  };
  return (
    <>
      <PageBar back="/jobs">{t('jobs.title')}</PageBar>
      <AsyncView state={job}>
        {(j) => (
          <div data-testid="job-detail">
            <Card
              title={j.title}
              extra={<span style={{ color: 'var(--adm-color-danger)' }}>{pay(j)}</span>}
              style={{ margin: 12, borderRadius: 12 }}
            >
              <div>{t('jobs.meta', { employer: j.employer.name, place: j.place })}</div>
              <div className="m-muted">
                {t(`jobs.kind.${j.kind}` as MessageKey)} · {t('jobs.headcount', { n: j.headcount })} ·{' '}
                {t('jobs.closesOn', { date: j.closesOn })}
              </div>
              {j.hours && <div>{t('jobs.hours', { hours: j.hours })}</div>}
              {j.skills.length > 0 && <div>{t('jobs.skills', { skills: j.skills.join('、') })}</div>}
              {j.description && <p style={{ whiteSpace: 'pre-wrap' }}>{j.description}</p>}
              {j.why.length > 0 && <Why reasons={j.why} />}
            </Card>
            {j.applied ? (
              <NoticeBar content={t(`jobs.status.${j.applied}` as MessageKey)} color="success" />
            ) : (
              <Card title={t('jobs.apply')} style={{ margin: 12, borderRadius: 12 }}>
                <TextArea
                  value={intro}
                  onChange={setIntro}
                  rows={3}
                  maxLength={500}
                  placeholder={t('jobs.introPlaceholder')}
                  aria-label={t('jobs.intro')}
                  data-testid="job-intro"
                />
                <Button
                  block
                  color="primary"
                  disabled={!intro.trim()}
                  loading={sending}
                  onClick={submit}
                  style={{ marginTop: 8 }}
                  data-testid="job-apply"
                >
                  {t('jobs.apply')}
                </Button>
              </Card>
            )}
          </div>
        )}
      </AsyncView>
    </>
  );
}

export function SeekerSettings() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const state = useAsync(() => call(api.GET('/api/me/job-seeker')), []);
  return (
    <>
      <PageBar back="/jobs">{t('jobs.seeker')}</PageBar>
      <NoticeBar content={t('jobs.seekerIntro')} color="info" wrap />
      {state.error?.code === 'JOB_NOT_MEMBER' ? (
        <Card style={{ margin: 12, borderRadius: 12 }}>
          <p>{t('jobs.membersOnly')}</p>
          <Button block color="primary" onClick={() => navigate('/join')}>
            {t('volunteer.toJoin')}
          </Button>
        </Card>
      ) : (
        <AsyncView state={state}>{(s) => <SeekerForm seeker={s.seeker} onSaved={state.reload} />}</AsyncView>
      )}
    </>
  );
}

function SeekerForm({
  seeker,
  onSaved,
}: {
  seeker: Awaited<ReturnType<typeof loadSeeker>>['seeker'];
  onSaved: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [consent, setConsent] = useState(seeker?.consent ?? false);
  const [kinds, setKinds] = useState<Array<'gig' | 'long_term'>>(seeker?.kinds ?? ['gig', 'long_term']);
  const [skills, setSkills] = useState((seeker?.skills ?? []).join('，'));
  const [withinKm, setWithinKm] = useState(seeker?.withinKm ? String(seeker.withinKm) : '');
  const [minPay, setMinPay] = useState(seeker?.minPay ? String(seeker.minPay) : '');
  const [place, setPlace] = useState<{ lat: number; lng: number } | null>(null);
  const locate = () =>
    navigator.geolocation?.getCurrentPosition(
      (p) => {
        setPlace({ lat: p.coords.latitude, lng: p.coords.longitude });
        Toast.show({ content: t('jobs.locationSet') });
      },
      () => Toast.show({ content: t('jobs.noLocation') }),
    );
  const save = async () => {
    try {
      await call(
        api.PUT('/api/me/job-seeker', {
          body: {
            consent,
            kinds: kinds.length ? kinds : ['gig', 'long_term'],
            skills: skills
              .split(/[,，、\s]+/)
              .map((x) => x.trim())
              .filter(Boolean),
            withinKm: withinKm ? Number(withinKm) : null,
            minPay: minPay ? Number(minPay) : null,
            ...(place ?? {}),
          },
        }),
      );
      Toast.show({ content: t('jobs.seekerSaved') });
      await onSaved();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(lang) : '');
  return (
    <Form layout="vertical" style={{ margin: 12 }} data-testid="seeker-form">
      <Form.Item label={t('jobs.consent')} childElementPosition="right">
        <Switch checked={consent} onChange={setConsent} data-testid="seeker-consent" />
      </Form.Item>
      {seeker?.consentedAt && seeker.consent && (
        <div className="m-muted">{t('jobs.consentedAt', { date: day(seeker.consentedAt) })}</div>
      )}
      {seeker?.withdrawnAt && <div className="m-muted">{t('jobs.withdrawnAt', { date: day(seeker.withdrawnAt) })}</div>}
      <Form.Item label={t('jobs.kinds')}>
        <Selector
          multiple
          value={kinds}
          onChange={(v) => setKinds(v as typeof kinds)}
          options={[
            { value: 'gig', label: t('jobs.kind.gig') },
            { value: 'long_term', label: t('jobs.kind.long_term') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('jobs.seekerSkills')}>
        <Input
          value={skills}
          onChange={setSkills}
          placeholder={t('jobs.seekerSkillsPlaceholder')}
          data-testid="seeker-skills"
        />
      </Form.Item>
      <Form.Item label={t('jobs.withinKm')}>
        <Input
          type="number"
          inputMode="numeric"
          value={withinKm}
          onChange={setWithinKm}
          aria-label={t('jobs.withinKm')}
        />
      </Form.Item>
      <Form.Item label={t('jobs.minPay')}>
        <Input type="number" inputMode="numeric" value={minPay} onChange={setMinPay} aria-label={t('jobs.minPay')} />
      </Form.Item>
      <Button block onClick={locate} style={{ marginBottom: 8 }}>
        {place || seeker?.hasLocation ? t('jobs.locationSet') : t('jobs.useLocation')}
      </Button>
      <Button block color="primary" onClick={save} data-testid="seeker-save">
        {t('jobs.saveSeeker')}
      </Button>
    </Form>
  );
}

const loadSeeker = () => call(api.GET('/api/me/job-seeker'));
