import { Button, Card, Dialog, Steps, Tag, Toast } from 'antd-mobile';
import { ApiError, api, call } from '../../api/client';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';

type AppLike = Awaited<ReturnType<typeof list>>['items'][number];
const list = () => call(api.GET('/api/me/applications'));

const statusColor = { pending: 'primary', approved: 'success', rejected: 'danger', withdrawn: 'default' } as const;

/** The applicant's view: every step with its time and reason, and what they can still do. */
export function ApplicationProgress({
  app,
  onChanged,
  onEdit,
}: {
  app: AppLike;
  onChanged: () => void;
  onEdit: () => void;
}) {
  const { t, lang } = useI18n();
  const withdraw = async () => {
    if (!(await Dialog.confirm({ content: t('application.withdrawConfirm') }))) return;
    try {
      await call(api.POST('/api/me/applications/{id}/withdraw', { params: { path: { id: app.id } } }));
      onChanged();
    } catch (e) {
      Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  const current = app.events.length - 1;
  return (
    <Card
      title={t('application.title')}
      extra={<Tag color={statusColor[app.status]}>{t(`application.status.${app.status}` as const)}</Tag>}
      style={{ margin: 12, borderRadius: 12 }}
      data-testid="application-progress"
    >
      <div style={{ color: '#666', fontSize: 13 }}>{t('application.handledBy', { union: app.union.name })}</div>
      <Steps direction="vertical" current={current}>
        {app.events.map((e, i) => (
          <Steps.Step
            key={e.id}
            status={i === current && app.status === 'rejected' ? 'error' : 'finish'}
            title={t(`application.event.${e.kind}` as MessageKey, { union: e.unionName ?? '' })}
            description={[
              new Date(e.at).toLocaleString(lang),
              e.reason ? t('application.reason', { reason: e.reason }) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        ))}
        {app.status === 'pending' && <Steps.Step status="wait" title={t('application.status.pending')} />}
      </Steps>
      {app.actions.includes('withdraw') && (
        <div style={{ display: 'flex', gap: 8 }}>
          <Button size="small" onClick={onEdit}>
            {t('application.edit')}
          </Button>
          <Button size="small" color="danger" fill="outline" onClick={withdraw}>
            {t('application.withdraw')}
          </Button>
        </div>
      )}
    </Card>
  );
}

export type { AppLike as MyApplication };
