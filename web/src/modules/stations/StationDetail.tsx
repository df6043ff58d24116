// One station in the console: its data and managers and QR poster (overview), rooms and the day's bookings, visits
// (with an e-card scan at the desk), reviews with replies, and its pioneer index with how it was computed.
import { Button, Card, Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { Overview } from './StationOverview';
import { Reviews } from './StationReviews';
import { Rooms } from './StationRooms';
import { Score } from './StationScore';
import { Visits } from './StationVisits';

export default function StationDetail() {
  const id = Number(useParams().id);
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const station = useAsync(() => call(api.GET('/api/stations/{id}', { params: { path: { id } } })), [id]);
  const s = station.data;
  if (station.error) return <Typography.Text type="danger">{station.error.text(lang)}</Typography.Text>;
  if (!s) return <Card loading />;
  return (
    <Card
      title={s.name}
      extra={<Button onClick={() => navigate('/admin/stations')}>{t('common.back')}</Button>}
      data-testid="st-detail"
    >
      <Tabs
        items={[
          { key: 'overview', label: t('st.tab.overview'), children: <Overview s={s} reload={station.reload} /> },
          { key: 'rooms', label: t('st.tab.rooms'), children: <Rooms stationId={id} /> },
          { key: 'visits', label: t('st.tab.visits'), children: <Visits stationId={id} amenities={s.amenities} /> },
          { key: 'reviews', label: t('st.tab.reviews'), children: <Reviews stationId={id} /> },
          { key: 'score', label: t('st.tab.score'), children: <Score stationId={id} /> },
        ]}
      />
    </Card>
  );
}
