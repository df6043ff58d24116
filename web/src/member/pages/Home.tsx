import { Button, ErrorBlock, List, NoticeBar, SpinLoading } from 'antd-mobile';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';

export default function Home() {
  const { t, lang, toggle } = useI18n();
  const { logout } = useSession();
  const me = useAsync(() => call(api.GET('/api/me')), []);

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
  return (
    <>
      <div className="m-hero">
        <button type="button" className="m-lang" onClick={toggle}>
          {t('lang.switch')}
        </button>
        <h1>{m ? t('member.home.greeting', { name: m.name }) : t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
      </div>
      {m ? (
        <div className="m-card" data-testid="member-card">
          <div className="label">{t('member.home.card')}</div>
          <div className="name">{m.name}</div>
          <div className="row">
            <div>
              <div className="label">{t('member.home.cardNo')}</div>
              <div className="value">{m.cardNo}</div>
            </div>
            <div style={{ textAlign: 'right' }}>
              <div className="label">{t('member.home.union')}</div>
              <div>{m.union.name}</div>
            </div>
          </div>
        </div>
      ) : (
        <div className="m-notice">
          <NoticeBar content={t('member.home.notMember')} color="alert" wrap />
          <p style={{ color: '#666', fontSize: 14, padding: '0 4px' }}>{t('member.home.notMemberHint')}</p>
        </div>
      )}
      <List header={t('member.me.title')} style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
        {m && <List.Item extra={m.name}>{t('member.me.name')}</List.Item>}
        {m && <List.Item extra={m.idNumber}>{t('member.me.idNumber')}</List.Item>}
        <List.Item extra={me.data.phone}>{t('member.me.phone')}</List.Item>
        {m && <List.Item extra={t(`category.${m.category}` as MessageKey)}>{t('member.me.category')}</List.Item>}
        {m?.employer && <List.Item extra={m.employer.name}>{t('member.me.employer')}</List.Item>}
        {m && <List.Item extra={m.joinedAt.slice(0, 10)}>{t('member.me.joinedAt')}</List.Item>}
      </List>
      <div style={{ margin: 12 }}>
        <Button block onClick={logout}>
          {t('common.logout')}
        </Button>
      </div>
    </>
  );
}
