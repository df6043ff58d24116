// The cockpit's stations panel: the subtree's stations on a map, coloured by kind, with their counts; visits per
// day over the last 30 days; bookings and the average rating of those days; this month's pioneer-index top ten.
import { useMemo } from 'react';
import { api, call } from '../../api/client';
import { Chart } from '../../cockpit/Chart';
import { Kpi } from '../../cockpit/Kpi';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { KIND_COLOURS, KindMap } from './KindMap';

export default function StationsPanel({ unionId }: { unionId?: number }) {
  const { t, lang } = useI18n();
  const panel = useAsync(() => call(api.GET('/api/stations/cockpit', { params: { query: { unionId } } })), [unionId]);
  const tiles = useAsync(() => call(api.GET('/api/public/map-settings')), []);
  const p = panel.data;
  const trend = useMemo(
    () =>
      p && {
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 12, top: 16, bottom: 28 },
        xAxis: { type: 'category', data: p.visitsByDay.map((d) => d.day.slice(5)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'line',
            name: t('stc.visits'),
            data: p.visitsByDay.map((d) => d.visits),
            areaStyle: { opacity: 0.2 },
            itemStyle: { color: '#36cfc9' },
          },
        ],
      },
    [p, t],
  );
  if (panel.error) return <p className="c-error">{panel.error.text(lang)}</p>;
  if (!p || !trend) return null;
  const visits30 = p.visitsByDay.reduce((n, d) => n + d.visits, 0);
  return (
    <div className="c-panel c-wide" data-testid="cockpit-stations">
      <h2>{t('stc.title')}</h2>
      <div className="c-split">
        <div>
          {p.stations.length === 0 ? (
            <p className="c-muted">{t('stc.none')}</p>
          ) : (
            tiles.data && <KindMap tiles={tiles.data} stations={p.stations} />
          )}
          <ul className="c-legend" data-testid="cockpit-stations-kinds">
            {p.byKind.map((k) => (
              <li key={k.kind}>
                <i style={{ background: KIND_COLOURS[k.kind] }} />
                {t(`stations.kind.${k.kind}`)} {k.count.toLocaleString(lang)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <div className="c-kpis">
            {(
              [
                ['stc.visits30', visits30.toLocaleString(lang)],
                ['stc.bookings30', p.bookings.toLocaleString(lang)],
                ['stc.rating30', p.rating === null ? '<5' : p.rating.toFixed(1)],
              ] as const
            ).map(([key, value]) => (
              <Kpi key={key} testId={key} value={value} label={t(key)} />
            ))}
          </div>
          <Chart option={trend} height={180} testId="cockpit-stations-trend" />
          <h3>{t('stc.ranking')}</h3>
          {p.ranking.length === 0 ? (
            <p className="c-muted">{t('common.empty')}</p>
          ) : (
            <table className="c-table" data-testid="cockpit-stations-ranking">
              <tbody>
                {p.ranking.map((r) => (
                  <tr key={r.station.id}>
                    <td>{r.rank}</td>
                    <td className="c-name">{r.station.name}</td>
                    <td className="c-name c-muted">{r.station.unionName}</td>
                    <td>{r.score.toFixed(1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </div>
  );
}
