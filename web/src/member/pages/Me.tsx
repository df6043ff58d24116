// 我的: the member's own record (masked), the language switch and signing out.
import { Button, ErrorBlock, List, SpinLoading } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';
import { TabPage } from '../kit/TabPage';

export default function Me() {
  const { t, lang, toggle } = useI18n();
  const { logout } = useSession();
  const navigate = useNavigate();
  const me = useAsync(() => call(api.GET('/api/me')), []);
  const m = me.data?.member;
  return (
    <TabPage>
      <PageBar>{t('tab.me')}</PageBar>
      {me.loading && !me.data && (
        <div className="m-center">
          <SpinLoading color="primary" />
        </div>
      )}
      {me.error && <ErrorBlock status="default" title={me.error.text(lang)} />}
      {me.data && (
        <List header={t('member.me.title')} className="m-list">
          {m && <List.Item extra={m.name}>{t('member.me.name')}</List.Item>}
          {m && <List.Item extra={m.idNumber}>{t('member.me.idNumber')}</List.Item>}
          <List.Item extra={me.data.phone}>{t('member.me.phone')}</List.Item>
          {m && <List.Item extra={t(`category.${m.category}` as const)}>{t('member.me.category')}</List.Item>}
          {m?.employer && <List.Item extra={m.employer.name}>{t('member.me.employer')}</List.Item>}
          {m?.address && <List.Item extra={m.address}>{t('member.me.address')}</List.Item>}
          {m && <List.Item extra={m.joinedAt.slice(0, 10)}>{t('member.me.joinedAt')}</List.Item>}
          {m && (
            <List.Item onClick={() => navigate('/corrections')} description={t('member.me.correctHint')}>
              {t('correction.title')}
            </List.Item>
          )}
        </List>
      )}
      <List className="m-list">
        <List.Item onClick={toggle} extra={t('lang.switch')} data-testid="lang-switch">
          {t('lang.label')}
        </List.Item>
      </List>
      <div className="m-block">
        <Button block onClick={logout} data-testid="logout">
          {t('common.logout')}
        </Button>
      </div>
    </TabPage>
  );
}
