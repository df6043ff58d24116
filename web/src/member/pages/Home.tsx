import { Badge, Button, ErrorBlock, List, NoticeBar, SpinLoading } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { ApplicationProgress } from '../components/ApplicationProgress';
import { Ecard } from '../components/Ecard';

export default function Home() {
  const { t, lang, toggle } = useI18n();
  const { logout } = useSession();
  const navigate = useNavigate();
  const me = useAsync(() => call(api.GET('/api/me')), []);
  const apps = useAsync(() => call(api.GET('/api/me/applications')), []);
  const messages = useAsync(() => call(api.GET('/api/me/messages')), []);

  if (me.loading && !me.data) {
    return (
      <div className="m-center">
        <SpinLoading color="primary" />
      </div>
    );
  }
  if (me.error || !me.data) {
    return (
      <ErrorBlock
        status="default"
        title={me.error?.text(lang)}
        description={<Button onClick={me.reload}>{t('common.retry')}</Button>}
      />
    );
  }
  const m = me.data.member;
  const latest = apps.data?.items[0];
  const showProgress = latest && (latest.status !== 'approved' || !m);
  const reload = () => {
    void me.reload();
    void apps.reload();
  };
  return (
    <>
      <div className="m-hero m-noprint">
        <button type="button" className="m-lang" onClick={toggle}>
          {t('lang.switch')}
        </button>
        <h1>{m ? t('member.home.greeting', { name: m.name }) : t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
      </div>
      {m ? (
        <Ecard />
      ) : (
        !latest?.actions.includes('withdraw') && (
          <div className="m-notice">
            <NoticeBar content={t('member.home.notMember')} color="alert" wrap />
            <p style={{ color: '#666', fontSize: 14, padding: '0 4px' }}>{t('member.home.notMemberHint')}</p>
            <Button block color="primary" size="large" onClick={() => navigate('/join')} data-testid="join-cta">
              {latest ? t('application.reapply') : t('join.cta')}
            </Button>
          </div>
        )
      )}
      {showProgress && latest && (
        <ApplicationProgress app={latest} onChanged={reload} onEdit={() => navigate(`/join?edit=${latest.id}`)} />
      )}
      <List style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }} className="m-noprint">
        <List.Item
          onClick={() => navigate('/messages')}
          extra={messages.data?.unread ? <Badge content={messages.data.unread} /> : null}
        >
          {t('messages.title')}
        </List.Item>
        {m && (
          <List.Item onClick={() => navigate('/benefits')} data-testid="nav-benefits">
            {t('benefits.title')}
          </List.Item>
        )}
        {m && <List.Item onClick={() => navigate('/claims')}>{t('claims.title')}</List.Item>}
        {m && (
          <List.Item onClick={() => navigate('/assistance')} data-testid="nav-assistance">
            {t('assistance.title')}
          </List.Item>
        )}
        <List.Item onClick={() => navigate('/appeals')} data-testid="nav-appeals">
          {t('appeal.title')}
        </List.Item>
        {m && <List.Item onClick={() => navigate('/legal')}>{t('legal.title')}</List.Item>}
        {m && <List.Item onClick={() => navigate('/wallet')}>{t('wallet.title')}</List.Item>}
        {m && <List.Item onClick={() => navigate('/points')}>{t('points.title')}</List.Item>}
        {m && <List.Item onClick={() => navigate('/transfer')}>{t('transfer.title')}</List.Item>}
        {m && <List.Item onClick={() => navigate('/corrections')}>{t('correction.title')}</List.Item>}
      </List>
      <List
        header={t('member.me.title')}
        style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}
        className="m-noprint"
      >
        {m && <List.Item extra={m.idNumber}>{t('member.me.idNumber')}</List.Item>}
        <List.Item extra={me.data.phone}>{t('member.me.phone')}</List.Item>
        {m && <List.Item extra={t(`category.${m.category}` as const)}>{t('member.me.category')}</List.Item>}
        {m?.employer && <List.Item extra={m.employer.name}>{t('member.me.employer')}</List.Item>}
        {m?.address && <List.Item extra={m.address}>{t('member.me.address')}</List.Item>}
        {m && <List.Item extra={m.joinedAt.slice(0, 10)}>{t('member.me.joinedAt')}</List.Item>}
      </List>
      <div style={{ margin: 12 }} className="m-noprint">
        <Button block onClick={logout}>
          {t('common.logout')}
        </Button>
      </div>
    </>
  );
}
