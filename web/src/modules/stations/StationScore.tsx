// A station's pioneer index for a month, with the numbers it was computed from and the formula.
import { DatePicker, Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function Score({ stationId }: { stationId: number }) {
  const { t } = useI18n();
  const [month, setMonth] = useState(chinaToday().slice(0, 7));
  const score = useAsync(
    () => call(api.GET('/api/stations/{id}/score', { params: { path: { id: stationId }, query: { month } } })),
    [stationId, month],
  );
  const s = score.data;
  return (
    <>
      <DatePicker
        picker="month"
        allowClear={false}
        value={dayjs(`${month}-01`)}
        onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
      />
      {s && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }} data-testid="st-score">
          <Descriptions.Item label={t('st.score')}>
            <Typography.Text strong>{s.score}</Typography.Text>（{t('st.rank')} {s.rank}）
          </Descriptions.Item>
          <Descriptions.Item label={t('st.activity')}>{s.parts.activity}</Descriptions.Item>
          <Descriptions.Item label={t('st.ratingPart')}>{s.parts.rating}</Descriptions.Item>
          <Descriptions.Item label={t('st.handling')}>{s.parts.handling}</Descriptions.Item>
          <Descriptions.Item label={t('st.inputs')}>{t('st.inputsLine', s.inputs)}</Descriptions.Item>
          <Descriptions.Item label="">{t('st.formula', { version: s.version })}</Descriptions.Item>
        </Descriptions>
      )}
    </>
  );
}
