import { Suspense, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { type MessageKey, useI18n, useMessagePart } from '../i18n';
import { fenToYuan } from '../shared/money';
import { useSession } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { Chart } from './Chart';
import { Kpi } from './Kpi';
import { cockpitPanels } from './modules';
import './cockpit.css';

const levelOrder = ['province', 'city', 'county', 'township', 'base'];

export default function CockpitApp() {
  // The cockpit's messages are the console's part; they come with it.
  return useMessagePart('console') ? <Cockpit /> : null;
}

function Cockpit() {
  const { t, lang, toggle, known } = useI18n();
  const { session } = useSession();
  // Figures about fewer than 5 people arrive as null and show as "<5".
  const count = (n: number | null) => (n === null ? '<5' : n.toLocaleString(lang));
  const money = (fen: number | null) => (fen === null ? '<5' : fenToYuan(fen, lang));
  const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
  const [params, setParams] = useSearchParams();
  const unionId = params.get('union') ? Number(params.get('union')) : undefined;
  const allowed = session?.kind === 'admin' && session.permissions.includes('cockpit.read');
  const data = useAsync(
    () =>
      allowed ? call(api.GET('/api/cockpit/overview', { params: { query: { unionId } } })) : Promise.resolve(null),
    [unionId, allowed],
  );
  const [, setTick] = useState(0);
  const d = data.data;

  const charts = useMemo(() => {
    if (!d) return null;
    const byLevel = [...d.unionsByLevel].sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level));
    const children = d.children.slice(0, 20);
    return {
      level: {
        tooltip: {},
        grid: { left: 40, right: 10, top: 20, bottom: 30 },
        xAxis: { type: 'category', data: byLevel.map((r) => t(`level.${r.level}` as MessageKey)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            data: byLevel.map((r) => r.count),
            itemStyle: { color: '#fa8c16' },
            label: { show: true, position: 'top' },
          },
        ],
      },
      formation: {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, textStyle: { color: '#ccc' } },
        series: [
          {
            type: 'pie',
            radius: ['40%', '68%'],
            label: { show: false },
            bottom: 40,
            data: d.unionsByFormation.map((r) => ({
              name: t(`formation.${r.formation}` as MessageKey),
              value: r.count,
            })),
          },
        ],
      },
      category: {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, textStyle: { color: '#ccc' } },
        series: [
          {
            type: 'pie',
            radius: ['40%', '68%'],
            label: { show: false },
            bottom: 40,
            data: d.membersByCategory.map((r) => ({ name: t(`category.${r.category}` as MessageKey), value: r.count })),
          },
        ],
      },
      children: {
        tooltip: {},
        grid: { left: 140, right: 30, top: 10, bottom: 20 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          inverse: true,
          data: children.map((c) => c.name),
          axisLabel: { width: 130, overflow: 'truncate' },
        },
        series: [
          {
            type: 'bar',
            data: children.map((c) => ({ value: c.members, id: c.id })),
            itemStyle: { color: '#13c2c2' },
            label: { show: true, position: 'right' },
          },
        ],
      },
    };
  }, [d, t]);

  if (session && !allowed) {
    return (
      <div className="c-screen c-center">
        <p>{t('cockpit.signIn')}</p>
        <Link to="/admin">{t('admin.login.submit')}</Link>
      </div>
    );
  }
  // A drill-down shows the new union from its heading, not at the scroll position the last one was read at.
  const drill = (id: number) => {
    setParams({ union: String(id) });
    window.scrollTo({ top: 0 });
  };
  return (
    <div className="c-screen">
      <header className="c-header">
        <h1>{t('cockpit.title')}</h1>
        <nav className="c-trail" data-testid="cockpit-trail">
          {d?.trail.map((u, i) => (
            <span key={u.id}>
              {i > 0 && ' › '}
              <button type="button" onClick={() => drill(u.id)} disabled={u.id === d.union.id}>
                {u.name}
              </button>
            </span>
          ))}
        </nav>
        <button
          type="button"
          className="c-lang"
          onClick={() => {
            toggle();
            setTick((x) => x + 1);
          }}
        >
          {t('lang.switch')}
        </button>
      </header>
      {data.error && <p className="c-error">{data.error.text(lang)}</p>}
      {d && charts && (
        <>
          <section className="c-kpis">
            {(
              [
                ['cockpit.unions', d.totals.unions],
                ['cockpit.baseUnions', d.totals.baseUnions],
                ['cockpit.employers', d.totals.employers],
                ['cockpit.members', d.totals.members],
                ['cockpit.gigMembers', d.totals.gigMembers],
                ['cockpit.applications', d.applications.total],
                ['cockpit.pending', d.applications.pending],
                [
                  'cockpit.approvalRate',
                  d.applications.approvalRate === null ? '—' : `${(d.applications.approvalRate * 100).toFixed(1)}%`,
                ],
                ['cockpit.medianHours', d.applications.medianHoursToApproval ?? '—'],
                ['cockpit.activities', d.benefits.activitiesPublished],
                ['cockpit.participants', d.benefits.participants],
                ['cockpit.vouchersIssued', d.benefits.vouchersIssued],
                ['cockpit.vouchersRedeemed', d.benefits.vouchersRedeemed],
                ['cockpit.pointsIssued', d.benefits.pointsIssued],
                ['cockpit.pointsSpent', d.benefits.pointsSpent],
              ] as const
            ).map(([key, value]) => (
              <Kpi
                key={key}
                testId={key}
                value={typeof value === 'number' ? value.toLocaleString(lang) : value}
                label={t(key)}
              />
            ))}
            {/* What modules add (platform/figures.ts); one without a label yet is not shown as a raw key. */}
            {d.figures
              .filter((f) => known(`cockpit.figure.${f.key}`))
              .map((f) => (
                <Kpi
                  key={f.key}
                  testId={`cockpit.figure.${f.key}`}
                  value={f.value === null ? '<5' : f.value.toLocaleString(lang)}
                  label={t(`cockpit.figure.${f.key}` as MessageKey)}
                />
              ))}
          </section>
          <section className="c-grid">
            <div className="c-panel">
              <h2>{t('cockpit.byLevel')}</h2>
              <Chart option={charts.level} />
            </div>
            <div className="c-panel">
              <h2>{t('cockpit.byFormation')}</h2>
              <Chart option={charts.formation} />
            </div>
            <div className="c-panel">
              <h2>{t('cockpit.byCategory')}</h2>
              <Chart option={charts.category} />
            </div>
            <div className="c-panel c-wide" data-testid="cockpit-care">
              <h2>{t('cockpit.care', { year: d.care.year })}</h2>
              <div className="c-kpis">
                {(
                  [
                    ['cockpit.peopleHelped', count(d.care.peopleHelped)],
                    ['cockpit.disbursed', money(d.care.disbursedFen)],
                    ['cockpit.arrearsCases', count(d.care.wageArrearsCases)],
                    ['cockpit.arrearsResolved', count(d.care.wageArrearsResolved)],
                    ['cockpit.arrearsWorkers', count(d.care.wageArrearsWorkers)],
                    ['cockpit.recovered', money(d.care.recoveredFen)],
                    ['cockpit.disputesResolved', count(d.care.disputesResolved)],
                    ['cockpit.onTime', percent(d.care.onTimeRate)],
                    ['cockpit.satisfaction', percent(d.care.satisfactionRate)],
                    ['cockpit.consultationsBooked', count(d.care.consultationsBooked)],
                    ['cockpit.consultations', count(d.care.consultations)],
                  ] as const
                ).map(([key, value]) => (
                  <Kpi key={key} testId={key} value={value} label={t(key)} />
                ))}
              </div>
              {d.care.byChild.length > 0 && (
                <table className="c-table">
                  <thead>
                    <tr>
                      <th />
                      <th>{t('cockpit.peopleHelped')}</th>
                      <th>{t('cockpit.disbursed')}</th>
                      <th>{t('cockpit.arrearsCases')}</th>
                      <th>{t('cockpit.recovered')}</th>
                      <th>{t('cockpit.onTime')}</th>
                      <th>{t('cockpit.satisfaction')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.care.byChild.map((c) => (
                      <tr key={c.id}>
                        <td>{c.name}</td>
                        <td>{count(c.peopleHelped)}</td>
                        <td>{money(c.disbursedFen)}</td>
                        <td>{count(c.wageArrearsCases)}</td>
                        <td>{money(c.recoveredFen)}</td>
                        <td>{percent(c.onTimeRate)}</td>
                        <td>{percent(c.satisfactionRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <p className="c-muted">{t('cockpit.suppressed')}</p>
            </div>
            {d.benefits.byChild.length > 0 && (
              <div className="c-panel c-wide">
                <h2>{t('cockpit.benefitsByUnion')}</h2>
                <table className="c-table">
                  <thead>
                    <tr>
                      <th />
                      <th>{t('cockpit.activities')}</th>
                      <th>{t('cockpit.participants')}</th>
                      <th>{t('cockpit.vouchersRedeemed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.benefits.byChild.map((c) => (
                      <tr key={c.id}>
                        <td>{c.name}</td>
                        <td>{c.activities}</td>
                        <td>{c.participants}</td>
                        <td>{c.vouchersRedeemed}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div className="c-panel c-wide">
              <h2>{t('cockpit.children')}</h2>
              {d.children.length === 0 ? (
                <p className="c-muted">{t('common.empty')}</p>
              ) : (
                <>
                  <Chart
                    option={charts.children}
                    height={Math.max(200, Math.min(d.children.length, 20) * 28)}
                    onClick={(_, data) => drill((data as { id: number }).id)}
                    testId="cockpit-children"
                  />
                  <ul className="c-children">
                    {d.children.map((c) => (
                      <li key={c.id}>
                        {c.hasChildren ? (
                          <button type="button" onClick={() => drill(c.id)}>
                            {c.name}
                          </button>
                        ) : (
                          <span>{c.name}</span>
                        )}
                        <span className="c-muted">
                          {t(`level.${c.level}` as MessageKey)} · {c.members.toLocaleString(lang)}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
            {/* What modules add (web/src/modules/<name>/cockpit.tsx), for the union on screen. */}
            {cockpitPanels.map(({ key, Panel }) => (
              <Suspense key={key} fallback={null}>
                <Panel unionId={d.union.id} />
              </Suspense>
            ))}
          </section>
          <footer className="c-muted c-footer">
            {t('cockpit.generatedAt')}: {new Date(d.generatedAt).toLocaleString(lang)}
          </footer>
        </>
      )}
    </div>
  );
}
