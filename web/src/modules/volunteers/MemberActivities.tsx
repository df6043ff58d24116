// Volunteer activities in the member app: those I can sign up for (with my sign-up's state and hours), the page the
// QR poster at the place opens (check in, later check out: the server's clock gives the hours), and my hours with the
// confirmed total, printable as a certificate of hours.
import { Button, Card, Empty, List, NoticeBar, Result, Tag, Toast } from 'antd-mobile';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useMemberAct } from '../../member/kit/useMemberAct';
import { useAsync } from '../../shared/useAsync';
import { chinaMoment } from './format';

const loadActivities = () => call(api.GET('/api/me/volunteer/activities', { params: { query: { pageSize: 50 } } }));

export function Activities() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const list = useAsync(loadActivities, []);
  const signUp = async (id: number) => {
    try {
      await call(api.POST('/api/me/volunteer/activities/{id}/signup', { params: { path: { id } } }));
      Toast.show({ content: t('volunteer.signedUp') });
      await list.reload();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  return (
    <>
      <PageBar back="/volunteer">{t('volunteer.activities')}</PageBar>
      <List className="m-list">
        <List.Item onClick={() => navigate('/volunteer/hours')} data-testid="my-hours-entry">
          {t('volunteer.myHours')}
        </List.Item>
      </List>
      <AsyncView state={list}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty className="m-empty" description={t('volunteer.noActivities')} />
          ) : (
            <div data-testid="activities">
              {page.items.map((a) => (
                <Card
                  key={a.id}
                  title={a.title}
                  extra={
                    a.mine ? <Tag color="success">{t(`volunteer.hoursStatus.${a.mine}` as MessageKey)}</Tag> : undefined
                  }
                  style={{ margin: 12, borderRadius: 12 }}
                >
                  <div>
                    {t('serviceOrder.when', {
                      when: `${chinaMoment(a.startsAt, lang)} – ${chinaMoment(a.endsAt, lang)}`,
                    })}
                  </div>
                  <div>
                    {t('serviceOrder.where', { place: a.station ? `${a.station.name} · ${a.place}` : a.place })}
                  </div>
                  <div className="m-muted">{a.team?.name ?? a.union.name}</div>
                  {a.description && <div className="m-muted">{a.description}</div>}
                  {a.offer && !a.mine && (
                    <NoticeBar wrap color="alert" content={t('volunteer.limitedPlaces', { title: a.offer.title })} />
                  )}
                  {a.myHours !== null && <div>{t('volunteer.hoursValue', { n: a.myHours })}</div>}
                  {!a.mine && (
                    <Button
                      block
                      color="primary"
                      style={{ marginTop: 8 }}
                      onClick={() => void signUp(a.id)}
                      data-testid="activity-signup"
                    >
                      {t('volunteer.signUp')}
                    </Button>
                  )}
                  {a.mine && a.mine !== 'confirmed' && a.mine !== 'rejected' && (
                    <div className="m-muted" style={{ marginTop: 6 }}>
                      {t('volunteer.scanHint')}
                    </div>
                  )}
                </Card>
              ))}
            </div>
          )
        }
      </AsyncView>
    </>
  );
}

/** The page the activity's poster opens: check in, or check out once checked in. */
export function ActivityScan() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const list = useAsync(loadActivities, []);
  const a = list.data?.items.find((x) => x.id === id);
  const scan = async (step: 'checkin' | 'checkout') => {
    try {
      const res =
        step === 'checkin'
          ? await call(
              api.POST('/api/me/volunteer/activities/{id}/checkin', { params: { path: { id } }, body: { token } }),
            )
          : await call(
              api.POST('/api/me/volunteer/activities/{id}/checkout', { params: { path: { id } }, body: { token } }),
            );
      Toast.show({
        content: res.hours === null ? t('volunteer.checkedIn') : t('volunteer.checkedOut', { n: res.hours }),
      });
      await list.reload();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  return (
    <>
      <PageBar back="/volunteer/activities">{t('volunteer.activities')}</PageBar>
      <AsyncView state={list}>
        {() =>
          !a ? (
            <Result status="warning" title={t('volunteer.scanUnknown')} />
          ) : (
            <Card title={a.title} style={{ margin: 12, borderRadius: 12 }} data-testid="activity-scan">
              <div>{t('serviceOrder.where', { place: a.station ? `${a.station.name} · ${a.place}` : a.place })}</div>
              <div>
                {t('serviceOrder.when', { when: `${chinaMoment(a.startsAt, lang)} – ${chinaMoment(a.endsAt, lang)}` })}
              </div>
              {a.mine && <Tag color="success">{t(`volunteer.hoursStatus.${a.mine}` as MessageKey)}</Tag>}
              {a.myHours !== null && <div>{t('volunteer.hoursValue', { n: a.myHours })}</div>}
              {!a.mine && <NoticeBar wrap color="alert" content={t('volunteer.signUpFirst')} />}
              {a.mine === 'signed' && (
                <Button
                  block
                  color="primary"
                  style={{ marginTop: 8 }}
                  onClick={() => void scan('checkin')}
                  data-testid="activity-checkin"
                >
                  {t('volunteer.checkIn')}
                </Button>
              )}
              {a.mine === 'checked_in' && (
                <Button
                  block
                  color="primary"
                  style={{ marginTop: 8 }}
                  onClick={() => void scan('checkout')}
                  data-testid="activity-checkout"
                >
                  {t('volunteer.checkOut')}
                </Button>
              )}
            </Card>
          )
        }
      </AsyncView>
    </>
  );
}

/** My hours, and the confirmed total as a certificate the member can print or show. */
export function MyHours() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const hours = useAsync(() => call(api.GET('/api/me/volunteer/hours')), []);
  const { run, busy } = useMemberAct();
  const issue = async () => {
    const made = await run(() => call(api.POST('/api/me/volunteer/certificates')), 'volunteer.cert.issued');
    if (made) navigate(`/volunteer/certificates/${made.code}`);
  };
  return (
    <>
      <PageBar back="/volunteer/activities">{t('volunteer.myHours')}</PageBar>
      <AsyncView state={hours}>
        {(h) => (
          <>
            <Card style={{ margin: 12, borderRadius: 12, textAlign: 'center' }} data-testid="hours-certificate">
              <h2 style={{ margin: '8px 0' }}>{t('volunteer.certificate')}</h2>
              <p>{t('volunteer.certificateText', { name: h.name, n: h.totalHours })}</p>
              <p className="m-muted">{new Date().toLocaleDateString(lang)}</p>
              {h.totalHours > 0 && (
                <>
                  <Button
                    size="small"
                    color="primary"
                    loading={busy}
                    onClick={() => void issue()}
                    data-testid="hours-certificate-issue"
                  >
                    {t('volunteer.cert.issue')}
                  </Button>
                  <p className="m-muted">{t('volunteer.cert.issueHint')}</p>
                </>
              )}
            </Card>
            {h.items.length === 0 && <Empty className="m-empty" description={t('volunteer.noHours')} />}
            <List className="m-list">
              {h.items.map((i) => (
                <List.Item
                  key={i.id}
                  description={`${i.union} · ${chinaMoment(i.startsAt, lang)}`}
                  extra={
                    <div style={{ textAlign: 'right' }}>
                      <Tag>{t(`volunteer.hoursStatus.${i.status}` as MessageKey)}</Tag>
                      {i.hours !== null && <div>{t('volunteer.hoursValue', { n: i.hours })}</div>}
                      {i.points !== null && (
                        <div className="m-muted">{t('volunteer.pointsValue', { n: i.points })}</div>
                      )}
                    </div>
                  }
                >
                  {i.activity}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </AsyncView>
    </>
  );
}
