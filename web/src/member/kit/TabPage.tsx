// The four tabs every member app has (首页 / 服务 / 消息 / 我的), fixed at the bottom above the phone's home
// indicator (safe area), with the unread count on 消息. Pages deeper than a tab keep their back arrow instead.
import { TabBar } from 'antd-mobile';
import { AppOutline, MessageOutline, UnorderedListOutline, UserOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

const tabs = [
  { key: '/', label: 'tab.home', icon: <AppOutline /> },
  { key: '/services', label: 'tab.services', icon: <UnorderedListOutline /> },
  { key: '/messages', label: 'tab.messages', icon: <MessageOutline /> },
  { key: '/me', label: 'tab.me', icon: <UserOutline /> },
] as const;

export function TabPage({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Read again on every tab change; on 消息 itself there is no badge, since opening it marks them read.
  const messages = useAsync(() => call(api.GET('/api/me/messages')), [pathname]);
  const unread = pathname === '/messages' ? 0 : (messages.data?.unread ?? 0);
  return (
    <div className="m-tabpage">
      <main className="m-tabpage-body">{children}</main>
      <nav className="m-tabbar m-noprint" aria-label={t('tab.label')}>
        <TabBar activeKey={pathname} onChange={(key) => navigate(key)} safeArea>
          {tabs.map((tab) => (
            <TabBar.Item
              key={tab.key}
              title={<span data-testid={`tab-${tab.key === '/' ? 'home' : tab.key.slice(1)}`}>{t(tab.label)}</span>}
              icon={tab.icon}
              badge={tab.key === '/messages' && unread > 0 ? (unread > 99 ? '99+' : unread) : undefined}
            />
          ))}
        </TabBar>
      </nav>
    </div>
  );
}
