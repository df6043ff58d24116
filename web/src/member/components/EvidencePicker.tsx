import { Button, List, Toast } from 'antd-mobile';
import { useRef, useState } from 'react';
import { ApiError, type UploadedFile, uploadEvidence } from '../../api/client';
import { useI18n } from '../../i18n';

/** Picks and uploads proof files (JPEG, PNG, PDF; ≤ 10 MB each, at most 10), showing each as it lands. */
export default function EvidencePicker({
  purpose,
  files,
  onChange,
}: {
  purpose: 'assistance_evidence' | 'appeal_evidence';
  files: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
}) {
  const { t, lang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const pick = async (list: FileList | null) => {
    if (!list?.length) return;
    setBusy(true);
    const added: UploadedFile[] = [];
    for (const file of Array.from(list).slice(0, 10 - files.length)) {
      if (file.size > 10 * 1024 * 1024) {
        Toast.show({ icon: 'fail', content: t('evidence.tooLarge', { name: file.name }) });
        continue;
      }
      try {
        added.push(await uploadEvidence(file, purpose));
      } catch (e) {
        Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
      }
    }
    setBusy(false);
    onChange([...files, ...added]);
    if (input.current) input.current.value = '';
  };
  return (
    <div>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        multiple
        hidden
        data-testid="evidence-input"
        onChange={(e) => pick(e.target.files)}
      />
      {files.length > 0 && (
        <List>
          {files.map((f) => (
            <List.Item
              key={f.id}
              description={`${Math.ceil(f.sizeBytes / 1024)} KB`}
              extra={
                <Button size="mini" onClick={() => onChange(files.filter((x) => x.id !== f.id))}>
                  ×
                </Button>
              }
            >
              {f.name}
            </List.Item>
          ))}
        </List>
      )}
      <Button size="small" loading={busy} disabled={files.length >= 10} onClick={() => input.current?.click()}>
        {t('evidence.add')}
      </Button>
      <div style={{ color: '#595959', fontSize: 12, marginTop: 4 }}>{t('evidence.hint')}</div>
    </div>
  );
}
