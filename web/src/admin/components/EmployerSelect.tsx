import { Select } from 'antd';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';

/**
 * Remote-search select over the employers on record the caller can see (two characters at least), each shown with its
 * union, since two companies of one name may be registered under different unions.
 */
export function EmployerSelect(props: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  placeholder?: string;
  notFound?: string;
  style?: React.CSSProperties;
  id?: string;
}) {
  const { t } = useI18n();
  const [options, setOptions] = useState<Array<{ value: number; label: string }>>([]);
  const search = async (q: string) => {
    if (q.trim().length < 2) return;
    const page = await call(api.GET('/api/employers', { params: { query: { q, pageSize: 20 } } })).catch(() => null);
    setOptions(page?.items.map((e) => ({ value: e.id, label: `${e.name}（${e.union.name}）` })) ?? []);
  };
  return (
    <Select
      id={props.id}
      allowClear
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
      value={props.value}
      onChange={props.onChange}
      options={options}
      style={props.style ?? { width: '100%' }}
      placeholder={props.placeholder ?? t('employer.searchPlaceholder')}
      notFoundContent={props.notFound ?? t('employer.searchNone')}
    />
  );
}
