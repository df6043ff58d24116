// A 零工驿站's daily board of gigs: open to anyone (it is shown on the station's screen and linked from its poster),
// large type, today's open gigs newest first, refreshed every minute.
import { Card, Empty, Tag } from 'antd-mobile';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';

export function GigBoard() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const board = useAsync(() => call(api.GET('/api/gig-boards/{id}', { params: { path: { id } } })), [id]);
  useEffect(() => {
    const timer = setInterval(() => void board.reload(), 60_000);
    return () => clearInterval(timer);
  }, [board.reload]);
  return (
    <>
      <PageBar back="/">{t('jobs.board')}</PageBar>
      <AsyncView state={board}>
        {(b) => (
          <div data-testid="gig-board">
            <h2 style={{ margin: '12px 12px 0' }}>
              <span translate="no">{b.station.name}</span> · {b.day}
            </h2>
            {b.items.length === 0 ? (
              <Empty className="m-empty" description={t('jobs.boardEmpty')} />
            ) : (
              b.items.map((g) => (
                <Card
                  key={g.id}
                  title={<span style={{ fontSize: 20 }}>{g.title}</span>}
                  style={{ margin: 12, borderRadius: 12 }}
                >
                  <div style={{ fontSize: 18, color: 'var(--adm-color-danger)' }}>
                    {t('jobs.pay', { min: g.payMin, max: g.payMax, unit: t(`jobs.unit.${g.payUnit}` as MessageKey) })}
                  </div>
                  <div>
                    <span translate="no">{g.employer}</span> · {t('jobs.headcount', { n: g.headcount })}
                  </div>
                  {g.hours && <div>{t('jobs.hours', { hours: g.hours })}</div>}
                  <Tag color="warning" fill="outline">
                    {t('jobs.closesOn', { date: g.closesOn })}
                  </Tag>
                </Card>
              ))
            )}
          </div>
        )}
      </AsyncView>
    </>
  );
}
