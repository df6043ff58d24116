import { Button, Card, Dialog, Form, Input, List, Tag, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';

/** Self-service transfer to another base union, with the progress of past requests. */
export default function Transfer() {
  const { t, lang } = useI18n();
  const mine = useAsync(() => call(api.GET('/api/me/transfers')), []);
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Array<{ id: number; name: string; parentName: string | null }>>([]);
  const [to, setTo] = useState<{ id: number; name: string } | null>(null);
  const [reason, setReason] = useState('');
  // Arriving from another union's join QR: that union is already chosen.
  const preset = Number(new URLSearchParams(location.search).get('to')) || null;
  useEffect(() => {
    if (!preset) return;
    call(api.GET('/api/join/unions/{id}', { params: { path: { id: preset } } }))
      .then((u) => u.level === 'base' && setTo({ id: u.id, name: u.name }))
      .catch(() => undefined);
  }, [preset]);
  useEffect(() => {
    if (q.trim().length < 2) return setHits([]);
    const timer = setTimeout(async () => {
      const res = await call(api.GET('/api/join/unions', { params: { query: { q } } })).catch(() => ({ items: [] }));
      setHits(res.items.filter((u) => u.level === 'base'));
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);
  const fail = (e: unknown) => Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
  const submit = async () => {
    if (!to) return;
    try {
      await call(api.POST('/api/me/transfers', { body: { toUnionId: to.id, reason: reason || null } }));
      setTo(null);
      setReason('');
      await mine.reload();
    } catch (e) {
      fail(e);
    }
  };
  const cancel = async (id: number) => {
    if (!(await Dialog.confirm({ content: t('transfer.cancel') }))) return;
    try {
      await call(api.POST('/api/me/transfers/{id}/cancel', { params: { path: { id } } }));
      await mine.reload();
    } catch (e) {
      fail(e);
    }
  };
  const open = mine.data?.items.some((x) => x.actions.includes('cancel'));
  return (
    <>
      <PageBar back={'/'}>{t('transfer.title')}</PageBar>
      {!open && (
        <Form
          layout="vertical"
          footer={
            <Button block color="primary" disabled={!to} onClick={submit}>
              {t('transfer.submit')}
            </Button>
          }
        >
          <Form.Item label={t('transfer.to')}>
            {to ? (
              <List.Item
                extra={
                  <Button size="mini" onClick={() => setTo(null)}>
                    ×
                  </Button>
                }
              >
                {to.name}
              </List.Item>
            ) : (
              <>
                <Input
                  aria-label={t('transfer.toSearch')}
                  placeholder={t('transfer.toSearch')}
                  value={q}
                  onChange={setQ}
                  clearable
                />
                {hits.map((h) => (
                  <List.Item key={h.id} description={h.parentName} onClick={() => setTo(h)} arrowIcon={false}>
                    {h.name}
                  </List.Item>
                ))}
              </>
            )}
          </Form.Item>
          <Form.Item label={t('transfer.reason')}>
            <Input aria-label={t('transfer.reason')} value={reason} onChange={setReason} maxLength={200} />
          </Form.Item>
        </Form>
      )}
      {mine.data?.items.map((x) => (
        <Card key={x.id} title={`${x.from.name} → ${x.to.name}`} style={{ margin: 12, borderRadius: 12 }}>
          <Tag color={x.status === 'completed' ? 'success' : x.status === 'rejected' ? 'danger' : 'primary'}>
            {t(`transfer.status.${x.status}` as const)}
          </Tag>
          <div style={{ color: '#666', fontSize: 13, marginTop: 6 }}>
            {new Date(x.createdAt).toLocaleString(lang)}
            {x.decisionReason ? ` · ${t('application.reason', { reason: x.decisionReason })}` : ''}
          </div>
          {x.actions.includes('cancel') && (
            <Button size="small" style={{ marginTop: 8 }} onClick={() => cancel(x.id)}>
              {t('transfer.cancel')}
            </Button>
          )}
        </Card>
      ))}
    </>
  );
}
