import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';

export interface StationOption {
  id: number;
  name: string;
  address: string;
  union: string;
}

/**
 * Remote-search select over the open stations the caller manages or operates (a job posted at a 零工驿站, an activity or
 * a service held at a station). Each option names the station's union, so two stations of the same name are told
 * apart. `onPick` hands over the whole station, for forms that fill the place in from it.
 */
export function StationSelect(props: {
  value?: number | null;
  onChange?: (id: number | null) => void;
  onPick?: (station: StationOption | null) => void;
  placeholder?: string;
  id?: string;
}) {
  const { t } = useI18n();
  const [options, setOptions] = useState<StationOption[]>([]);
  const [q, setQ] = useState('');
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const page = await call(
        api.GET('/api/stations', { params: { query: { q: q || undefined, status: 'active', pageSize: 50 } } }),
      ).catch(() => null);
      if (!page || cancelled) return;
      setOptions(page.items.map((s) => ({ id: s.id, name: s.name, address: s.address, union: s.union.name })));
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q]);
  const pick = (id: number | undefined) => {
    props.onChange?.(id ?? null);
    props.onPick?.(options.find((s) => s.id === id) ?? null);
  };
  return (
    <Select
      id={props.id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value ?? undefined}
      onChange={pick}
      options={options.map((s) => ({ value: s.id, label: `${s.name}（${s.union}）` }))}
      placeholder={props.placeholder ?? t('station.pickPlaceholder')}
      notFoundContent={t('station.pickNone')}
      style={{ width: '100%' }}
    />
  );
}
