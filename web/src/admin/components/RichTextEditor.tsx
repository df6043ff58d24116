// The console's rich text editor: Tiptap (ProseMirror) with the starter kit, limited to what the server's
// allow-list keeps (headings, lists, quotes, bold/italic/underline/strike, links, rules), so an editor never
// writes something that silently disappears on save. The server sanitises again whatever arrives.
import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  UnderlineOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { App, Button, Input, Modal, Space, Tooltip } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { uploadArticleImage } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { errorText } from './errors';

export function RichTextEditor({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (html: string) => void;
  id?: string;
}) {
  const { t, lang } = useI18n();
  // What the editor last reported: a value equal to it is its own echo through the form, not a new article.
  const emitted = useRef<string | undefined>(value);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, protocols: ['mailto', 'tel'], autolink: true },
      }),
      Image.configure({ inline: false, allowBase64: false }),
    ],
    content: value ?? '',
    editorProps: { attributes: { class: 'a-rte-body', 'aria-label': t('content.body'), role: 'textbox' } },
    onUpdate: ({ editor }) => {
      emitted.current = editor.isEmpty ? '' : editor.getHTML();
      onChange?.(emitted.current);
    },
  });
  // A value the editor did not write (another article loaded into the form): show it.
  useEffect(() => {
    if (!editor || value === undefined || value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      underline: e?.isActive('underline') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
      blockquote: e?.isActive('blockquote') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });
  const [linking, setLinking] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const { message } = App.useApp();
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  // Headings and quotes by their names (no icon says them in Chinese); marks and lists by their usual icons.
  const tools: Array<[keyof NonNullable<typeof active>, MessageKey, ReactNode, () => void]> = [
    ['h2', 'content.tool.h2', t('content.tool.h2'), () => chain().toggleHeading({ level: 2 }).run()],
    ['h3', 'content.tool.h3', t('content.tool.h3'), () => chain().toggleHeading({ level: 3 }).run()],
    ['bold', 'content.tool.bold', <BoldOutlined key="b" />, () => chain().toggleBold().run()],
    ['italic', 'content.tool.italic', <ItalicOutlined key="i" />, () => chain().toggleItalic().run()],
    ['underline', 'content.tool.underline', <UnderlineOutlined key="u" />, () => chain().toggleUnderline().run()],
    [
      'bulletList',
      'content.tool.bulletList',
      <UnorderedListOutlined key="ul" />,
      () => chain().toggleBulletList().run(),
    ],
    [
      'orderedList',
      'content.tool.orderedList',
      <OrderedListOutlined key="ol" />,
      () => chain().toggleOrderedList().run(),
    ],
    ['blockquote', 'content.tool.blockquote', t('content.tool.blockquote'), () => chain().toggleBlockquote().run()],
  ];
  return (
    <div className="a-rte" id={id}>
      <Space wrap size={4} className="a-rte-tools" role="toolbar" aria-label={t('content.toolbar')}>
        {tools.map(([key, label, glyph, run]) => (
          <Tooltip key={key} title={t(label)}>
            <Button size="small" type={active?.[key] ? 'primary' : 'default'} aria-label={t(label)} onClick={run}>
              {glyph}
            </Button>
          </Tooltip>
        ))}
        <Tooltip title={t('content.tool.link')}>
          <Button
            size="small"
            type={active?.link ? 'primary' : 'default'}
            aria-label={t('content.tool.link')}
            onClick={() => setLinking(editor.getAttributes('link').href ?? 'https://')}
          >
            <LinkOutlined />
          </Button>
        </Tooltip>
        <Tooltip title={t('content.tool.image')}>
          <Button
            size="small"
            aria-label={t('content.tool.image')}
            loading={uploading}
            onClick={() => picker.current?.click()}
            data-testid="rte-image"
          >
            <PictureOutlined />
          </Button>
        </Tooltip>
        <input
          ref={picker}
          type="file"
          accept="image/jpeg,image/png"
          hidden
          aria-hidden
          data-testid="rte-image-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setUploading(true);
            try {
              const { url } = await uploadArticleImage(file);
              chain()
                .setImage({ src: url, alt: file.name.replace(/\.[^.]*$/, '') })
                .run();
            } catch (err) {
              message.error(errorText(err, lang));
            } finally {
              setUploading(false);
            }
          }}
        />
      </Space>
      <EditorContent editor={editor} />
      <Modal
        open={linking !== null}
        title={t('content.tool.link')}
        onCancel={() => setLinking(null)}
        onOk={() => {
          const href = (linking ?? '').trim();
          if (!href || href === 'https://') chain().extendMarkRange('link').unsetLink().run();
          else chain().extendMarkRange('link').setLink({ href }).run();
          setLinking(null);
        }}
      >
        <Input
          aria-label={t('content.tool.linkAddress')}
          value={linking ?? ''}
          onChange={(e) => setLinking(e.target.value)}
          placeholder="https://"
        />
      </Modal>
    </div>
  );
}
