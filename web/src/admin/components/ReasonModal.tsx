import { Form, Input, Modal } from 'antd';

/** Asks for a required reason (a refusal shown to the person, or why personal data is revealed). */
export function ReasonModal(props: {
  open: boolean;
  title: string;
  label: string;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal open={props.open} title={props.title} onCancel={props.onCancel} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => props.onSubmit(v.reason)} preserve={false}>
        <Form.Item name="reason" label={props.label} rules={[{ required: true, max: 200 }]}>
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
