import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  ClockCircleOutlined,
  DashboardOutlined,
  DownloadOutlined,
  EditOutlined,
  GiftOutlined,
  HeartOutlined,
  SafetyOutlined,
  ScanOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  StarOutlined,
  SwapOutlined,
  TeamOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n';
import { useSession } from '../shared/session';
import Accounts from './pages/Accounts';
import AppealSettings from './pages/AppealSettings';
import Appeals from './pages/Appeals';
import Applications from './pages/Applications';
import Assistance from './pages/Assistance';
import AssistanceSettings from './pages/AssistanceSettings';
import Audit from './pages/Audit';
import CheckIn from './pages/CheckIn';
import Corrections from './pages/Corrections';
import ExportRequests from './pages/ExportRequests';
import Imports from './pages/Imports';
import LegalOverview from './pages/LegalOverview';
import LegalSlots from './pages/LegalSlots';
import Login from './pages/Login';
import Members from './pages/Members';
import Merchants from './pages/Merchants';
import OfferDetail from './pages/OfferDetail';
import Offers from './pages/Offers';
import Points from './pages/Points';
import Poster from './pages/Poster';
import Redeem from './pages/Redeem';
import Security from './pages/Security';
import Transfers from './pages/Transfers';
import Unions from './pages/Unions';
import './admin.css';

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
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#d4380d', borderRadius: 6 } }}
    >
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}

function Shell() {
  const { t, toggle } = useI18n();
  const { session, can, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  if (!session) return <Spin style={{ margin: 48 }} />;
  if (session.kind !== 'admin' || session.stage !== 'full') return <Login />;
  if (location.pathname.startsWith('/admin/poster/')) {
    return (
      <Routes>
        <Route path="poster/:id" element={<Poster />} />
      </Routes>
    );
  }

  const items = [
    can('union.read') && { key: '/admin/unions', icon: <ApartmentOutlined />, label: t('admin.menu.unions') },
    can('member.read') && {
      key: '/admin/applications',
      icon: <SolutionOutlined />,
      label: t('admin.menu.applications'),
    },
    can('member.read') && { key: '/admin/members', icon: <TeamOutlined />, label: t('admin.menu.members') },
    can('member.read') && { key: '/admin/transfers', icon: <SwapOutlined />, label: t('admin.menu.transfers') },
    can('member.read') && { key: '/admin/corrections', icon: <EditOutlined />, label: t('admin.menu.corrections') },
    can('member.read') && { key: '/admin/exports', icon: <DownloadOutlined />, label: t('admin.menu.exports') },
    can('member.manage') && { key: '/admin/imports', icon: <UploadOutlined />, label: t('admin.menu.imports') },
    can('offer.manage') && { key: '/admin/offers', icon: <GiftOutlined />, label: t('admin.menu.offers') },
    can('points.manage') && { key: '/admin/points', icon: <StarOutlined />, label: t('admin.menu.points') },
    can('offer.manage') && { key: '/admin/merchants', icon: <ShopOutlined />, label: t('admin.menu.merchants') },
    can('assistance.handle') && {
      key: '/admin/assistance',
      icon: <HeartOutlined />,
      label: t('admin.menu.assistance'),
    },
    can('assistance.handle') && {
      key: '/admin/assistance-settings',
      icon: <SettingOutlined />,
      label: t('admin.menu.assistanceSettings'),
    },
    can('case.handle') && { key: '/admin/appeals', icon: <AlertOutlined />, label: t('admin.menu.appeals') },
    can('case.handle') && {
      key: '/admin/appeal-settings',
      icon: <ClockCircleOutlined />,
      label: t('admin.menu.appealSettings'),
    },
    can('case.handle') && {
      key: '/admin/legal-overview',
      icon: <SolutionOutlined />,
      label: t('admin.menu.legalOverview'),
    },
    can('legal.serve') && { key: '/admin/legal', icon: <SolutionOutlined />, label: t('admin.menu.legal') },
    can('voucher.redeem') && { key: '/admin/redeem', icon: <ScanOutlined />, label: t('admin.menu.redeem') },
    can('account.read') && { key: '/admin/accounts', icon: <UserOutlined />, label: t('admin.menu.accounts') },
    can('audit.read') && { key: '/admin/audit', icon: <AuditOutlined />, label: t('admin.menu.audit') },
    { key: '/admin/security', icon: <SafetyOutlined />, label: t('admin.menu.security') },
    can('cockpit.read') && { key: '/cockpit', icon: <DashboardOutlined />, label: t('admin.menu.cockpit') },
  ].filter((i): i is Exclude<typeof i, false> => !!i);
  // The longest matching key wins, so /admin/assistance-settings does not light up /admin/assistance.
  const selected = items
    .filter((i) => location.pathname === i.key || location.pathname.startsWith(`${i.key}/`))
    .sort((a, b) => b.key.length - a.key.length)[0]?.key;
  const guard = (ok: boolean, page: ReactElement) =>
    ok ? page : <Result status="403" title={t('admin.noPermission')} />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div className="a-logo">{t('admin.title')}</div>
        <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} onClick={(e) => navigate(e.key)} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={headerStyle}>
          <Space wrap>
            <Typography.Text strong>{session.account?.displayName}</Typography.Text>
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
          <Routes>
            <Route path="unions" element={guard(can('union.read'), <Unions />)} />
            <Route path="applications" element={guard(can('member.read'), <Applications />)} />
            <Route path="members" element={guard(can('member.read'), <Members />)} />
            <Route path="exports" element={guard(can('member.read'), <ExportRequests />)} />
            <Route path="transfers" element={guard(can('member.read'), <Transfers />)} />
            <Route path="corrections" element={guard(can('member.read'), <Corrections />)} />
            <Route path="imports" element={guard(can('member.manage'), <Imports csrf={session.csrfToken} />)} />
            <Route path="offers" element={guard(can('offer.manage'), <Offers />)} />
            <Route path="offers/:id" element={guard(can('offer.manage'), <OfferDetail />)} />
            <Route path="offers/:id/check-in" element={guard(can('offer.manage'), <CheckIn />)} />
            <Route path="points" element={guard(can('points.manage'), <Points />)} />
            <Route path="merchants" element={guard(can('offer.manage'), <Merchants />)} />
            <Route path="assistance" element={guard(can('assistance.handle'), <Assistance />)} />
            <Route path="assistance-settings" element={guard(can('assistance.handle'), <AssistanceSettings />)} />
            <Route path="appeals" element={guard(can('case.handle'), <Appeals />)} />
            <Route path="appeal-settings" element={guard(can('case.handle'), <AppealSettings />)} />
            <Route path="legal-overview" element={guard(can('case.handle'), <LegalOverview />)} />
            <Route path="legal" element={guard(can('legal.serve'), <LegalSlots />)} />
            <Route path="redeem" element={guard(can('voucher.redeem'), <Redeem />)} />
            <Route path="accounts" element={guard(can('account.read'), <Accounts />)} />
            <Route path="audit" element={guard(can('audit.read'), <Audit />)} />
            <Route path="security" element={<Security />} />
            <Route path="*" element={<Navigate to={items[0]?.key ?? '/admin/security'} replace />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
