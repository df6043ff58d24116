import { Button, Card, Form, Input, List, Selector, Tag, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';

type Field = 'phone' | 'employer' | 'address';

/** Ask to correct one's own phone, employer or address; an officer approves. */
export default function Corrections() {
  const { t, lang } = useI18n();
  const mine = useAsync(() => call(api.GET('/api/me/corrections')), []);
  const [field, setField] = useState<Field>('phone');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [countdown, setCountdown] = useState(0);
  const [address, setAddress] = useState('');
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Array<{ id: number; name: string; unionName: string }>>([]);
  const [employer, setEmployer] = useState<{ id: number; name: string } | null>(null);
  useEffect(() => {
    if (countdown <= 0) return;
    const timer = setTimeout(() => setCountdown(countdown - 1), 1000);
    return () => clearTimeout(timer);
  }, [countdown]);
  useEffect(() => {
    if (q.trim().length < 2) return setHits([]);
    const timer = setTimeout(
      async () =>
        setHits(
          (await call(api.GET('/api/join/employers', { params: { query: { q } } })).catch(() => ({ items: [] }))).items,
        ),
      250,
    );
    return () => clearTimeout(timer);
  }, [q]);
  const fail = (e: unknown) => Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
  const sendCode = async () => {
    try {
      setCountdown((await call(api.POST('/api/me/phone-code', { body: { phone } }))).retryAfterSeconds);
    } catch (e) {
      fail(e);
    }
  };
  const submit = async () => {
    try {
      const body =
        field === 'phone'
          ? { field, phone, code }
          : field === 'employer'
            ? { field, employerId: employer?.id ?? 0 }
            : { field, address };
      await call(api.POST('/api/me/corrections', { body }));
      setCode('');
      await mine.reload();
    } catch (e) {
      fail(e);
    }
  };
  const ready = field === 'phone' ? phone && code.length === 6 : field === 'employer' ? !!employer : !!address.trim();
  return (
    <>
      <PageBar back={'/'}>{t('correction.title')}</PageBar>
      <Form
        layout="vertical"
        footer={
          <Button block color="primary" disabled={!ready} onClick={submit}>
            {t('correction.submit')}
          </Button>
        }
      >
        <Form.Item>
          <Selector
            columns={3}
            value={[field]}
            onChange={(v) => v[0] && setField(v[0])}
            options={(['phone', 'employer', 'address'] as const).map((f) => ({
              value: f,
              label: t(`correction.${f}` as const),
            }))}
          />
        </Form.Item>
        {field === 'phone' && (
          <>
            <Form.Item label={t('correction.newPhone')} help={t('correction.phoneHint')}>
              <Input
                aria-label={t('correction.newPhone')}
                type="tel"
                value={phone}
                onChange={setPhone}
                maxLength={20}
              />
            </Form.Item>
            <Form.Item
              label={t('member.login.code')}
              extra={
                <Button size="small" fill="none" color="primary" disabled={!phone || countdown > 0} onClick={sendCode}>
                  {countdown > 0 ? t('member.login.resend', { s: countdown }) : t('member.login.send')}
                </Button>
              }
            >
              <Input
                aria-label={t('member.login.code')}
                inputMode="numeric"
                value={code}
                onChange={(v) => setCode(v.replace(/\D/g, '').slice(0, 6))}
              />
            </Form.Item>
          </>
        )}
        {field === 'employer' && (
          <Form.Item label={t('correction.employer')}>
            {employer ? (
              <List.Item
                extra={
                  <Button size="mini" onClick={() => setEmployer(null)}>
                    ×
                  </Button>
                }
              >
                {employer.name}
              </List.Item>
            ) : (
              <>
                <Input
                  aria-label={t('join.employerSearch')}
                  placeholder={t('join.employerSearch')}
                  value={q}
                  onChange={setQ}
                  clearable
                />
                {hits.map((h) => (
                  <List.Item key={h.id} description={h.unionName} onClick={() => setEmployer(h)} arrowIcon={false}>
                    {h.name}
                  </List.Item>
                ))}
              </>
            )}
          </Form.Item>
        )}
        {field === 'address' && (
          <Form.Item label={t('correction.address')}>
            <Input aria-label={t('correction.address')} value={address} onChange={setAddress} maxLength={200} />
          </Form.Item>
        )}
      </Form>
      {mine.data && mine.data.items.length > 0 && (
        <Card title={t('correction.mine')} style={{ margin: 12, borderRadius: 12 }}>
          <List>
            {mine.data.items.map((c) => (
              <List.Item
                key={c.id}
                description={
                  c.decisionReason
                    ? t('application.reason', { reason: c.decisionReason })
                    : new Date(c.createdAt).toLocaleString(lang)
                }
                extra={
                  <Tag color={c.status === 'approved' ? 'success' : c.status === 'rejected' ? 'danger' : 'primary'}>
                    {t(`correction.status.${c.status}` as const)}
                  </Tag>
                }
              >
                {t(`correction.${c.field}` as const)}：{c.newValue}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </>
  );
}
