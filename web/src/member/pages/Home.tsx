// 首页: the e-card (or the call to join), the application in progress, the service grid (金刚区) and what is
// open now, with its countdown on the server's clock.
import { Button, ErrorBlock, Grid, List, NoticeBar, SpinLoading, Tag } from 'antd-mobile';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { ApplicationProgress } from '../components/ApplicationProgress';
import { ArticleList } from '../components/ArticleList';
import { clockOffset, formatSpan, useCountdown } from '../components/Countdown';
import { Ecard } from '../components/Ecard';
import { TabPage } from '../kit/TabPage';
import { servicesFor } from '../services';

export default function Home() {
  const { t, lang, toggle } = useI18n();
  const navigate = useNavigate();
  const me = useAsync(() => call(api.GET('/api/me')), []);
  const apps = useAsync(() => call(api.GET('/api/me/applications')), []);
  // The session already says whether this phone is a member: the e-card need not wait for /api/me.
  const { session } = useSession();
  const memberBySession = session?.member?.memberId != null;

  if (me.loading && !me.data && !memberBySession) {
    return (
      <div className="m-center">
        <SpinLoading color="primary" />
      </div>
    );
  }
  if (me.error) {
    return (
      <ErrorBlock
        status="default"
        title={me.error?.text(lang)}
        description={<Button onClick={me.reload}>{t('common.retry')}</Button>}
      />
    );
  }
  const m = me.data?.member;
  const isMember = me.data ? Boolean(m) : memberBySession;
  const latest = apps.data?.items[0];
  const showProgress = latest && (latest.status !== 'approved' || !isMember);
  const reload = () => {
    void me.reload();
    void apps.reload();
  };
  const grid = servicesFor(isMember).filter((s) => s.home);
  const testIds: Record<string, string> = {
    benefits: 'nav-benefits',
    assistance: 'nav-assistance',
    appeals: 'nav-appeals',
  };
  return (
    <TabPage>
      <div className="m-hero m-noprint">
        <button type="button" className="m-lang" onClick={toggle}>
          {t('lang.switch')}
        </button>
        <h1>{m ? t('member.home.greeting', { name: m.name }) : t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
      </div>
      {isMember ? (
        <Ecard />
      ) : (
        !latest?.actions.includes('withdraw') && (
          <div className="m-notice">
            <NoticeBar content={t('member.home.notMember')} color="alert" wrap />
            <p className="m-notice-hint">{t('member.home.notMemberHint')}</p>
            <Button block color="primary" size="large" onClick={() => navigate('/join')} data-testid="join-cta">
              {latest ? t('application.reapply') : t('join.cta')}
            </Button>
          </div>
        )
      )}
      {showProgress && latest && (
        <ApplicationProgress app={latest} onChanged={reload} onEdit={() => navigate(`/join?edit=${latest.id}`)} />
      )}
      <section className="m-grid m-noprint" aria-label={t('tab.services')}>
        <Grid columns={4} gap={8}>
          {grid.slice(0, 7).map((s) => (
            <Grid.Item key={s.key}>
              <button
                type="button"
                className="m-service"
                data-testid={testIds[s.key] ?? `home-${s.key}`}
                onClick={() => navigate(s.locked ? '/join' : s.path)}
              >
                <span className="m-service-icon" aria-hidden="true">
                  {s.icon}
                </span>
                <span className="m-service-label">{t(s.label)}</span>
              </button>
            </Grid.Item>
          ))}
          <Grid.Item>
            <button type="button" className="m-service" data-testid="home-all" onClick={() => navigate('/services')}>
              <span className="m-service-icon" aria-hidden="true">
                ⋯
              </span>
              <span className="m-service-label">{t('services.all')}</span>
            </button>
          </Grid.Item>
        </Grid>
      </section>
      {isMember && <OpenNow />}
      {isMember && <LatestNews />}
    </TabPage>
  );
}

/** Benefits open now or opening soon, first three; the whole list is one tap away. */
function OpenNow() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const offers = useAsync(loadOffers, []);
  const serverTime = offers.data?.serverTime;
  const offset = useMemo(() => (serverTime ? clockOffset(serverTime) : 0), [serverTime]);
  const live = (offers.data?.items ?? []).filter((o) => o.phase === 'open' || o.phase === 'upcoming').slice(0, 3);
  if (!offers.data || live.length === 0) return null;
  return (
    <List
      header={
        <span className="m-list-header">
          {t('member.home.openNow')}
          <button type="button" className="m-link" onClick={() => navigate('/benefits')}>
            {t('services.more')}
          </button>
        </span>
      }
      className="m-list m-noprint"
      data-testid="home-open-now"
    >
      {live.map((o) => (
        <OpenOffer key={o.id} offer={o} offset={offset} onOpen={() => navigate(`/benefits/${o.id}`)} />
      ))}
    </List>
  );
}

const loadOffers = () => call(api.GET('/api/me/offers'));
type Offer = Awaited<ReturnType<typeof loadOffers>>['items'][number];

function OpenOffer({ offer, offset, onOpen }: { offer: Offer; offset: number; onOpen: () => void }) {
  const { t } = useI18n();
  const left = useCountdown(offer.phase === 'upcoming' ? offer.opensAt : null, offset);
  return (
    <List.Item
      onClick={onOpen}
      description={
        <Tag color={offer.phase === 'open' ? 'success' : 'warning'}>{t(`offer.phase.${offer.phase}` as const)}</Tag>
      }
      extra={
        offer.phase === 'upcoming' ? (
          <span className="m-countdown">
            {t('offer.opensIn', { time: formatSpan(left, (n) => t('common.days', { n })) })}
          </span>
        ) : null
      }
    >
      {offer.title}
    </List.Item>
  );
}

/** The newest articles for this member (pinned first), three of them; the rest under 工会资讯. */
function LatestNews() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const news = useAsync(() => call(api.GET('/api/me/articles', { params: { query: { pageSize: 3 } } })), []);
  if (!news.data || news.data.items.length === 0) return null;
  return (
    <ArticleList
      items={news.data.items}
      testId="home-news"
      header={
        <span className="m-list-header">
          {t('news.title')}
          <button type="button" className="m-link" onClick={() => navigate('/news')}>
            {t('services.more')}
          </button>
        </span>
      }
    />
  );
}
