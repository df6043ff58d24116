// One service order in the console: what, who (phone masked), when and where, its steps; a waiting order is given
// to a team of the service's specialty, and an order not yet done may be cancelled with a reason the requester reads.
import { Button, Descriptions, Drawer, Image, Select, Space, Steps, Tag } from 'antd';
import { useState } from 'react';
import { ReasonModal } from '../../admin/components/ReasonModal';
import { useAct } from '../../admin/components/useAct';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { chinaMoment, specialtyKey, statusKey } from './format';

export function OrderDrawer(props: { id: number | null; onClose: () => void; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  return (
    <Drawer open={props.id !== null} onClose={props.onClose} title={t('volunteers.order')} width={600} destroyOnHidden>
      {props.id !== null && <Order id={props.id} onChanged={props.onChanged} />}
    </Drawer>
  );
}

function Order({ id, onChanged }: { id: number; onChanged: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const order = useAsync(() => call(api.GET('/api/service-orders/{id}', { params: { path: { id } } })), [id]);
  const [teamId, setTeamId] = useState<number | undefined>();
  const [cancelling, setCancelling] = useState(false);
  const act = useAct(async () => {
    await Promise.all([order.reload(), onChanged()]);
  });
  const o = order.data;
  const teams = useAsync(
    async () =>
      o?.status === 'placed'
        ? call(
            api.GET('/api/volunteer-teams', { params: { query: { specialty: o.service.specialty, pageSize: 100 } } }),
          )
        : null,
    [o?.status, o?.service.specialty],
  );
  if (!o) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="order-drawer">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('volunteers.service')}>
          {o.service.name} · {t(specialtyKey(o.service.specialty))}
        </Descriptions.Item>
        <Descriptions.Item label={t('volunteers.status')}>
          <Space size={4}>
            <Tag>{t(statusKey(o.status))}</Tag>
            {o.status === 'placed' && o.escalated && <Tag color="red">{t('volunteers.escalated')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('volunteers.requester')}>
          {o.requesterName} · {o.requesterPhone}
        </Descriptions.Item>
        <Descriptions.Item label={t('volunteers.wantedAt')}>{chinaMoment(o.wantedAt, lang)}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.place')}>{o.place}</Descriptions.Item>
        {o.note && <Descriptions.Item label={t('volunteers.note')}>{o.note}</Descriptions.Item>}
        <Descriptions.Item label={t('volunteers.takeBy')}>{chinaMoment(o.takeBy, lang)}</Descriptions.Item>
        {o.team && <Descriptions.Item label={t('volunteers.team')}>{o.team.name}</Descriptions.Item>}
        {o.volunteer && <Descriptions.Item label={t('volunteers.volunteer')}>{o.volunteer}</Descriptions.Item>}
        {o.doneNote && <Descriptions.Item label={t('volunteers.doneNote')}>{o.doneNote}</Descriptions.Item>}
        {o.rating !== null && (
          <Descriptions.Item label={t('volunteers.rating')}>
            {`${o.rating}★`} {o.ratingComment ?? ''}
          </Descriptions.Item>
        )}
        {o.award && (
          <Descriptions.Item label={t('volunteers.award')}>
            {t('volunteers.awardText', {
              points: o.award.points,
              base: o.award.base,
              bonus: o.award.bonus,
              version: o.award.ruleVersion,
              union: o.award.ruleUnion,
            })}
          </Descriptions.Item>
        )}
      </Descriptions>
      {o.proofUrls.length > 0 && (
        <Image.PreviewGroup>
          {o.proofUrls.map((u) => (
            <Image key={u} src={u} width={72} height={72} style={{ objectFit: 'cover' }} />
          ))}
        </Image.PreviewGroup>
      )}
      {o.status === 'placed' && (
        <Space wrap>
          <Select
            style={{ width: 240 }}
            placeholder={t('volunteers.pickTeam')}
            value={teamId}
            onChange={setTeamId}
            options={(teams.data?.items ?? [])
              .filter((x) => x.status === 'active')
              .map((x) => ({ value: x.id, label: `${x.name} · ${x.union.name}` }))}
            notFoundContent={t('volunteers.noServingTeam')}
            data-testid="order-assign-team"
          />
          <Button
            type="primary"
            disabled={!teamId}
            onClick={() =>
              teamId &&
              void act(
                () => call(api.POST('/api/service-orders/{id}/assign', { params: { path: { id } }, body: { teamId } })),
                'volunteers.assigned',
              )
            }
          >
            {t('volunteers.assign')}
          </Button>
        </Space>
      )}
      {(o.status === 'placed' || o.status === 'taken') && (
        <Button danger onClick={() => setCancelling(true)}>
          {t('volunteers.cancelOrder')}
        </Button>
      )}
      <Steps
        direction="vertical"
        size="small"
        current={o.events.length - 1}
        items={o.events.map((e) => ({
          title: t(`serviceOrder.event.${e.kind}` as MessageKey),
          description: chinaMoment(e.at, lang),
        }))}
      />
      <ReasonModal
        open={cancelling}
        title={t('volunteers.cancelOrder')}
        label={t('volunteers.cancelReason')}
        onCancel={() => setCancelling(false)}
        onSubmit={(reason) => {
          setCancelling(false);
          void act(
            () => call(api.POST('/api/service-orders/{id}/cancel', { params: { path: { id } }, body: { reason } })),
            'volunteers.orderCancelled',
          );
        }}
      />
    </Space>
  );
}
