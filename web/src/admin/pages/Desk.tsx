// 待办: where a cadre lands. Every kind of decision that waits for them, with its count and a link to the list
// where it is made; the same counts as the menu badges (GET /api/pending), so a decision lowers both.
import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useSession } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { adminRoutes, allowed } from '../routes';

export default function Desk() {
  const { t, known, lang } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const pending = useAsync(() => call(api.GET('/api/pending')), []);
  if (!session) return null;
  // Each kind's hint is `admin.desk.hint.<kind>`, with the module's other messages.
  const hint = (kind?: string) => {
    const key = `admin.desk.hint.${kind}`;
    return known(key) ? t(key) : '';
  };
  const kinds = adminRoutes.filter((r) => r.badge && r.menu && allowed(r, session));
  const waiting = kinds
    .map((r) => ({ route: r, count: r.badge ? (pending.data?.counts[r.badge] ?? 0) : 0 }))
    .filter((k) => k.count > 0);

  return (
    <div className="a-desk">
      <Typography.Title level={4}>{t('admin.desk.title')}</Typography.Title>
      {pending.error && <Alert type="error" showIcon message={pending.error.text(lang)} />}
      {pending.loading && !pending.data && <Skeleton active />}
      {pending.data && waiting.length === 0 && (
        <Result
          icon={<CheckCircleOutlined />}
          status="success"
          title={t('admin.desk.empty')}
          subTitle={t('admin.desk.emptyHint')}
        />
      )}
      <Row gutter={[16, 16]}>
        {waiting.map(({ route, count }) => (
          <Col key={route.path} xs={24} sm={12} xl={8}>
            <Card data-testid={`desk-${route.badge}`}>
              <Statistic
                title={
                  <span>
                    {route.menu?.icon} {route.menu ? t(route.menu.label) : ''}
                  </span>
                }
                value={count}
                suffix={t('admin.desk.items')}
              />
              <Typography.Paragraph type="secondary" className="a-desk-hint">
                {hint(route.badge)}
              </Typography.Paragraph>
              <Button type="primary" onClick={() => navigate(`/admin/${route.badgeLink ?? route.path}`)}>
                {t('admin.desk.open')}
              </Button>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
