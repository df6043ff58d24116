import { App as AntApp, Badge, Button, ConfigProvider, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { Fragment, lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { api, call } from '../api/client';
import type { MessageKey } from '../i18n';
import { useI18n, useMessagePart } from '../i18n';
import { initialSession, useSession } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { adminRoutes, allowed } from './routes';
import './admin.css';

// A printed poster is rare: its QR library stays out of the console's first load.
const Poster = lazy(() => import('./pages/Poster'));
// A signed-in cadre never needs the sign-in page; a visitor who does gets it as soon as the session says so,
// beside the shell's own download.
const loadLogin = () => import('./pages/Login');
const Login = lazy(loadLogin);
initialSession().then(
  (s) => {
    if (s.kind !== 'admin' || s.stage !== 'full') void loadLogin();
  },
  () => undefined,
);

const headerStyle = {
  background: '#fff',
  padding: '0 20px',
  display: 'flex',
  justifyContent: 'flex-end',
  alignItems: 'center',
  borderBottom: '1px solid #f0f0f0',
  height: 'auto',
  minHeight: 56,
  lineHeight: 1.6,
} as const;

export default function AdminApp() {
  const { lang } = useI18n();
  // The console's own messages come with it (the member app never downloads them).
  if (!useMessagePart('console')) return <Spin style={{ margin: 48 }} />;
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      // Darker than antd's defaults where text falls short of WCAG AA (4.5:1): the red on its own light tint
      // (the selected menu entry) and secondary text on the grey page.
      theme={{
        token: {
          colorPrimary: '#b8300a',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorLink: '#0958d9',
          colorError: '#cf1322',
          borderRadius: 6,
        },
      }}
    >
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}

function Shell() {
  const { t, toggle } = useI18n();
  const { session, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const isAdmin = session?.kind === 'admin' && session.stage === 'full';
  // What waits for this cadre, refreshed as they move between pages (a decision lowers its count).
  const pending = useAsync(
    () => (isAdmin ? call(api.GET('/api/pending')) : Promise.resolve({ counts: {} as Record<string, number> })),
    [isAdmin, location.pathname],
  );
  if (!session) return <Spin style={{ margin: 48 }} />;
  if (session.kind !== 'admin' || session.stage !== 'full') {
    return (
      <Suspense fallback={<Spin style={{ margin: 48 }} />}>
        <Login />
      </Suspense>
    );
  }
  if (location.pathname.startsWith('/admin/poster/')) {
    return (
      <Suspense fallback={<Spin style={{ margin: 48 }} />}>
        <Routes>
          <Route path="poster/:id" element={<Poster />} />
        </Routes>
      </Suspense>
    );
  }

  const items = adminRoutes
    .filter((r) => r.menu && allowed(r, session))
    .map((r) => {
      const label = t(r.menu?.label as MessageKey);
      const waiting = r.badge ? (pending.data?.counts[r.badge] ?? 0) : 0;
      return {
        key: r.path.startsWith('/') ? r.path : `/admin/${r.path}`,
        icon: r.menu?.icon,
        label: waiting > 0 ? <MenuLabel label={label} count={waiting} /> : label,
      };
    });
  // The longest matching key wins, so /admin/assistance-settings does not light up /admin/assistance.
  const selected = items
    .filter((i) => location.pathname === i.key || location.pathname.startsWith(`${i.key}/`))
    .sort((a, b) => b.key.length - a.key.length)[0]?.key;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div className="a-logo">{t('admin.title')}</div>
        <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} onClick={(e) => navigate(e.key)} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={headerStyle}>
          <Space wrap>
            <Typography.Text strong translate="no">
              {session.account?.displayName}
            </Typography.Text>
            <Typography.Text type="secondary" className="a-roles">
              {session.grants.map((g) => `${t(`role.${g.role}`)} · ${g.unionName}`).join('；')}
            </Typography.Text>
            <Button size="small" onClick={toggle}>
              {t('lang.switch')}
            </Button>
            <Button size="small" onClick={logout}>
              {t('common.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="a-content">
          <Suspense fallback={<Spin style={{ margin: 48 }} />}>
            <Routes>
              {adminRoutes
                .filter((r) => r.page)
                .map(({ path, page: Page = Fragment, ...r }) => (
                  <Route
                    key={path}
                    path={path}
                    element={
                      allowed({ path, ...r }, session) ? (
                        <Page />
                      ) : (
                        <Result status="403" title={t('admin.noPermission')} />
                      )
                    }
                  />
                ))}
              <Route path="*" element={<Navigate to={items[0]?.key ?? '/admin/security'} replace />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function MenuLabel({ label, count }: { label: string; count: number }) {
  return (
    <span className="a-menu-label">
      {label}
      <Badge count={count} size="small" overflowCount={99} />
    </span>
  );
}
