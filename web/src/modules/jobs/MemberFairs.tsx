// 招聘会 in the member app: the fairs not yet over, soonest first, and one fair: when and where, its booths with each
// employer's open jobs (each opens the job, to apply as to any other), and registering to come (or not any more).
import { Button, Card, Empty, List, NoticeBar, Tag } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useMemberAct } from '../../member/kit/useMemberAct';
import { chinaMoment } from '../../shared/chinaTime';
import { useAsync } from '../../shared/useAsync';
import { usePay } from './pay';

const where = (f: { station: { name: string } | null; place: string }) =>
  f.station ? `${f.station.name} · ${f.place}` : f.place;

export function FairList() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const fairs = useAsync(() => call(api.GET('/api/me/job-fairs', { params: { query: { pageSize: 50 } } })), []);
  return (
    <AsyncView state={fairs}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty className="m-empty" description={t('jobs.noFairs')} />
        ) : (
          <List className="m-list" data-testid="job-fairs">
            {page.items.map((f) => (
              <List.Item
                key={f.id}
                onClick={() => navigate(`/jobs/fairs/${f.id}`)}
                description={
                  <>
                    <div>{t('jobs.fairWhen', { when: chinaMoment(f.startsAt, lang) })}</div>
                    <div>{where(f)}</div>
                  </>
                }
                extra={
                  <div style={{ textAlign: 'right' }}>
                    <div>{t('jobs.fairBooths', { n: f.booths })}</div>
                    {f.registered && <Tag color="success">{t('jobs.fairRegistered')}</Tag>}
                  </div>
                }
              >
                {f.title}
              </List.Item>
            ))}
          </List>
        )
      }
    </AsyncView>
  );
}

export function FairPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const pay = usePay();
  const fair = useAsync(() => call(api.GET('/api/me/job-fairs/{id}', { params: { path: { id } } })), [id]);
  const { run, busy } = useMemberAct(fair.reload);
  const register = () =>
    run(() => call(api.POST('/api/me/job-fairs/{id}/register', { params: { path: { id } } })), 'jobs.fairSignedUp');
  const unregister = () =>
    run(() => call(api.POST('/api/me/job-fairs/{id}/unregister', { params: { path: { id } } })), 'jobs.fairUnsigned');
  return (
    <>
      <PageBar back="/jobs?tab=fairs">{t('jobs.fair')}</PageBar>
      <AsyncView state={fair}>
        {(f) => {
          const open = f.status === 'published' && new Date(f.endsAt) > new Date();
          return (
            <div data-testid="job-fair">
              <Card title={f.title} style={{ margin: 12, borderRadius: 12 }}>
                <div>
                  {chinaMoment(f.startsAt, lang)} – {chinaMoment(f.endsAt, lang)}
                </div>
                <div>{where(f)}</div>
                <div className="m-muted">{t('jobs.fairBy', { union: f.union.name })}</div>
                {f.description && <p style={{ whiteSpace: 'pre-wrap' }}>{f.description}</p>}
                {open &&
                  (f.registered ? (
                    <Button
                      block
                      loading={busy}
                      onClick={() => void unregister()}
                      style={{ marginTop: 8 }}
                      data-testid="fair-unregister"
                    >
                      {t('jobs.fairUnregister')}
                    </Button>
                  ) : (
                    <Button
                      block
                      color="primary"
                      loading={busy}
                      onClick={() => void register()}
                      style={{ marginTop: 8 }}
                      data-testid="fair-register"
                    >
                      {t('jobs.fairRegister')}
                    </Button>
                  ))}
              </Card>
              {f.status === 'cancelled' && (
                <NoticeBar wrap color="alert" content={t('jobs.fairCancelled', { reason: f.cancelReason ?? '' })} />
              )}
              {f.status === 'published' && !open && <NoticeBar wrap color="info" content={t('jobs.fairOver')} />}
              {f.registered && open && <NoticeBar wrap color="success" content={t('jobs.fairRegisteredHint')} />}
              {f.boothList.length === 0 && <Empty className="m-empty" description={t('jobs.fairNoBooths')} />}
              {f.boothList.map((b) => (
                <Card
                  key={b.id}
                  title={`${b.boothNo} · ${b.employer.name}`}
                  style={{ margin: 12, borderRadius: 12 }}
                  data-testid="fair-booth"
                >
                  {b.note && <div className="m-muted">{b.note}</div>}
                  {b.jobs.length === 0 ? (
                    <div className="m-muted">{t('jobs.fairBoothNoJobs')}</div>
                  ) : (
                    <List>
                      {b.jobs.map((j) => (
                        <List.Item
                          key={j.id}
                          onClick={() => navigate(`/jobs/${j.id}`)}
                          extra={<span style={{ color: 'var(--adm-color-danger)' }}>{pay(j)}</span>}
                          description={`${t(`jobs.kind.${j.kind}` as MessageKey)} · ${t('jobs.headcount', { n: j.headcount })}`}
                        >
                          {j.title}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Card>
              ))}
            </div>
          );
        }}
      </AsyncView>
    </>
  );
}
