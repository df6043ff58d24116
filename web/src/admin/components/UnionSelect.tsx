import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';

interface Option {
  value: number;
  label: string;
}

/** Remote-search select over the unions the caller can see; shows each hit's ancestor path. */
export function UnionSelect(props: {
  value?: number;
  onChange?: (id: number) => void;
  placeholder?: string;
  excludeLevel?: string;
  /** Only unions of this level (asked of the server, so the first page is not filtered down to nothing). */
  onlyLevel?: 'base';
  id?: string;
}) {
  const { t } = useI18n();
  const [options, setOptions] = useState<Option[]>([]);
  const [q, setQ] = useState('');
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const page = await call(
        api.GET('/api/unions', { params: { query: { q: q || undefined, level: props.onlyLevel, pageSize: 30 } } }),
      ).catch(() => null);
      if (!page || cancelled) return;
      setOptions(
        page.items
          .filter((u) => u.level !== props.excludeLevel)
          .map((u) => ({
            value: u.id,
            label: `${[...u.ancestors.map((a) => a.name), u.name].join(' / ')}（${t(`level.${u.level}` as const)}）`,
          })),
      );
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q, props.excludeLevel, props.onlyLevel, t]);
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value}
      onChange={props.onChange}
      options={options}
      placeholder={props.placeholder}
      style={{ width: '100%' }}
    />
  );
}
