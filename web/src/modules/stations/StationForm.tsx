// The station drawer of the console: a new station (with its union) or an edit of one. Opening hours are round the
// clock or spans by day of the week; the server refuses spans that overlap or end before they start, by name.
import { Button, Drawer, Form, Input, InputNumber, Select, Space, Switch, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { UnionSelect } from '../../admin/components/UnionSelect';
import { useAct } from '../../admin/components/useAct';
import { api, call } from '../../api/client';
import { stations as enums } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

export interface StationValues {
  id: number;
  kind: (typeof enums.stationKinds)[number];
  owner: (typeof enums.stationOwners)[number];
  ownerName: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  hours: { allDay: boolean; weekly: Array<{ day: number; open: string; close: string }>; holidays: 'open' | 'closed' };
  amenities: string[];
  story: string;
  contact: string;
  movable: boolean;
}

interface FormValues {
  unionId?: number;
  kind: StationValues['kind'];
  owner: StationValues['owner'];
  ownerName?: string;
  name: string;
  address: string;
  lat?: number;
  lng?: number;
  datum?: 'wgs84' | 'gcj02' | 'bd09';
  allDay: boolean;
  spans: Array<{ day: number; span: [Dayjs, Dayjs] }>;
  holidaysClosed: boolean;
  amenities: string[];
  story?: string;
  contact?: string;
  movable: boolean;
}

const hm = (d: Dayjs) => d.format('HH:mm');

export function useAmenityNames() {
  const { lang } = useI18n();
  const list = useAsync(() => call(api.GET('/api/station-amenities')), []);
  const items = list.data?.items ?? [];
  return {
    items,
    reload: list.reload,
    name: (key: string) => {
      const a = items.find((x) => x.key === key);
      return a ? (lang === 'en' ? a.nameEn : a.nameZh) : '';
    },
  };
}

export function StationForm(props: {
  open: boolean;
  editing: StationValues | null;
  onClose: () => void;
  onSaved: () => unknown;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const amenities = useAmenityNames();
  const act = useAct(props.onSaved);
  const e = props.editing;
  const initial: Partial<FormValues> = e
    ? {
        ...e,
        allDay: e.hours.allDay,
        holidaysClosed: e.hours.holidays === 'closed',
        spans: e.hours.weekly.map((s) => ({
          day: s.day,
          span: [dayjs(s.open, 'HH:mm'), dayjs(s.close === '24:00' ? '23:59' : s.close, 'HH:mm')],
        })),
      }
    : {
        kind: 'rest',
        owner: 'union',
        datum: 'wgs84',
        allDay: true,
        spans: [],
        holidaysClosed: false,
        amenities: [],
        movable: false,
      };
  const submit = async (v: FormValues) => {
    const hours = {
      allDay: v.allDay,
      weekly: v.allDay
        ? []
        : (v.spans ?? []).map((s) => ({
            day: s.day,
            open: hm(s.span[0]),
            close: hm(s.span[1]) === '23:59' ? '24:00' : hm(s.span[1]),
          })),
      holidays: v.holidaysClosed ? ('closed' as const) : ('open' as const),
    };
    const common = {
      kind: v.kind,
      owner: v.owner,
      ownerName: v.ownerName ?? '',
      name: v.name,
      address: v.address,
      hours,
      amenities: v.amenities ?? [],
      story: v.story ?? '',
      contact: v.contact ?? '',
      movable: v.movable,
    };
    const ok = await act(
      () =>
        e
          ? call(api.PATCH('/api/stations/{id}', { params: { path: { id: e.id } }, body: common }))
          : call(
              api.POST('/api/stations', {
                body: {
                  ...common,
                  unionId: v.unionId as number,
                  lat: v.lat as number,
                  lng: v.lng as number,
                  datum: v.datum,
                },
              }),
            ),
      e ? 'common.saved' : 'st.created',
    );
    if (ok) {
      form.resetFields();
      props.onClose();
    }
  };
  return (
    <Drawer open={props.open} onClose={props.onClose} title={t(e ? 'st.edit' : 'st.new')} width={600} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        {!e && (
          <Form.Item name="unionId" label={t('st.union')} rules={[{ required: true, message: t('st.unionRequired') }]}>
            <UnionSelect />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('st.name')}
          rules={[{ required: true, max: 60, message: t('st.nameRequired') }]}
        >
          <Input data-testid="st-name" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('st.kind')}>
            <Select
              style={{ width: 160 }}
              options={enums.stationKinds.map((k) => ({ value: k, label: t(`stations.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="owner" label={t('st.owner')}>
            <Select
              style={{ width: 140 }}
              options={enums.stationOwners.map((o) => ({ value: o, label: t(`stations.owner.${o}`) }))}
            />
          </Form.Item>
          <Form.Item name="ownerName" label={t('st.ownerName')} tooltip={t('st.ownerNameHint')}>
            <Input style={{ width: 200 }} maxLength={60} />
          </Form.Item>
        </Space>
        <Form.Item
          name="address"
          label={t('st.address')}
          rules={[{ required: true, max: 200, message: t('st.addressRequired') }]}
        >
          <Input />
        </Form.Item>
        {!e && (
          <Space wrap>
            <Form.Item name="lat" label={t('st.lat')} rules={[{ required: true, message: t('st.coordsRequired') }]}>
              <InputNumber style={{ width: 140 }} step={0.000001} data-testid="st-lat" />
            </Form.Item>
            <Form.Item name="lng" label={t('st.lng')} rules={[{ required: true, message: t('st.coordsRequired') }]}>
              <InputNumber style={{ width: 140 }} step={0.000001} data-testid="st-lng" />
            </Form.Item>
            <Form.Item name="datum" label={t('st.datum')}>
              <Select
                style={{ width: 240 }}
                options={enums.stationDatums.map((d) => ({ value: d, label: t(`st.datum.${d}`) }))}
              />
            </Form.Item>
          </Space>
        )}
        <Space wrap>
          <Form.Item name="allDay" label={t('st.allDay')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="holidaysClosed" label={t('st.holidaysClosed')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="movable" label={t('st.movable')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item noStyle shouldUpdate={(a, b) => a.allDay !== b.allDay}>
          {({ getFieldValue }) =>
            !getFieldValue('allDay') && (
              <Form.List name="spans">
                {(fields, { add, remove }) => (
                  <Form.Item label={t('st.spans')}>
                    {fields.map((f) => (
                      <Space key={f.key} align="baseline">
                        <Form.Item name={[f.name, 'day']} rules={[{ required: true }]}>
                          <Select
                            style={{ width: 100 }}
                            options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
                              value: d,
                              label: t(`stations.weekday.${d}` as MessageKey),
                            }))}
                          />
                        </Form.Item>
                        <Form.Item name={[f.name, 'span']} rules={[{ required: true }]}>
                          <TimePicker.RangePicker format="HH:mm" minuteStep={5} order={false} />
                        </Form.Item>
                        <Button onClick={() => remove(f.name)}>{t('st.remove')}</Button>
                      </Space>
                    ))}
                    <Button onClick={() => add({ day: 1 })}>{t('st.addSpan')}</Button>
                  </Form.Item>
                )}
              </Form.List>
            )
          }
        </Form.Item>
        <Form.Item name="amenities" label={t('st.amenities')}>
          <Select
            mode="multiple"
            options={amenities.items.map((a) => ({ value: a.key, label: amenities.name(a.key) }))}
          />
        </Form.Item>
        <Form.Item name="story" label={t('st.story')} rules={[{ max: 3000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="contact" label={t('st.contact')} rules={[{ max: 60 }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="st-save">
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
