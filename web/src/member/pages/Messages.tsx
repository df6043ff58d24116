import { Empty, List, SpinLoading } from 'antd-mobile';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';
import { TabPage } from '../kit/TabPage';

/** Where a message's record lives in the app, by the module that sent it (`offers.waitlist_offered` → offers). */
const pageOfModule: Record<string, string> = {
  offers: '/claims',
  assistance: '/assistance',
  appeals: '/appeals',
  consultations: '/legal',
  transfers: '/transfer',
  corrections: '/corrections',
  membership: '/',
};

const pageOf = (kind: string | null) => (kind ? pageOfModule[kind.split('.')[0] ?? ''] : undefined);

export default function Messages() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const messages = useAsync(() => call(api.GET('/api/me/messages')), []);
  useEffect(() => {
    if (messages.data?.unread) void call(api.POST('/api/me/messages/read'));
  }, [messages.data]);
  return (
    <TabPage>
      <PageBar>{t('messages.title')}</PageBar>
      {messages.loading && <SpinLoading style={{ margin: 24 }} />}
      {messages.data && messages.data.items.length === 0 && <Empty description={t('messages.empty')} />}
      <List>
        {messages.data?.items.map((m) => (
          <List.Item
            key={m.id}
            description={m.body}
            onClick={pageOf(m.kind) ? () => navigate(pageOf(m.kind) as string) : undefined}
            extra={new Date(m.at).toLocaleDateString(lang)}
            style={{ fontWeight: m.read ? 400 : 600 }}
          >
            {m.title}
          </List.Item>
        ))}
      </List>
    </TabPage>
  );
}
