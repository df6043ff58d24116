// Chinese by default, English on request. The choice lives in the `zg_lang` cookie so the server
// answers errors in the same language.
//
// The messages come in parts, per language, each loaded when first needed: `member` (the member app, and
// what the console shares with it) always, `console` when the admin console or the cockpit opens, `audit` with
// the audit page. A phone downloads one language of the member part and nothing of the console's.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { zhAudit } from './zh-CN.audit';
import type { zhConsole } from './zh-CN.console';
import type { zhMember } from './zh-CN.member';

export type Lang = 'zh-CN' | 'en';
/**
 * The keys of every module's own messages (web/src/modules/<name>/<part>.<lang>.ts): each such file adds its keys
 * here by declaration merging, so a module's messages type-check without editing this file.
 */
// biome-ignore lint/suspicious/noEmptyInterface: the target of each module's declaration merging
export interface ModuleMessages {}
export type MessageKey = keyof typeof zhMember | keyof typeof zhConsole | keyof typeof zhAudit | keyof ModuleMessages;
export type MessagePart = 'member' | 'console' | 'audit';
type Dictionary = Record<string, string>;
type Load = () => Promise<Dictionary>;

const central: Record<Lang, Record<MessagePart, Load>> = {
  'zh-CN': {
    member: () => import('./zh-CN.member').then((m) => m.zhMember),
    console: () => import('./zh-CN.console').then((m) => m.zhConsole),
    audit: () => import('./zh-CN.audit').then((m) => m.zhAudit),
  },
  en: {
    member: () => import('./en.member').then((m) => m.enMember),
    console: () => import('./en.console').then((m) => m.enConsole),
    audit: () => import('./en.audit').then((m) => m.enAudit),
  },
};

// Modules' messages join their part: the build puts them in the same chunk as the central file of that part and
// language (vite.config.ts), so a part is still one download.
type ModuleFiles = Record<string, () => Promise<{ default: Dictionary }>>;
const fromModules: Record<Lang, Partial<Record<MessagePart, ModuleFiles>>> = {
  'zh-CN': {
    member: import.meta.glob<{ default: Dictionary }>('../modules/*/member.zh-CN.ts'),
    console: import.meta.glob<{ default: Dictionary }>('../modules/*/console.zh-CN.ts'),
    audit: import.meta.glob<{ default: Dictionary }>('../modules/*/audit.zh-CN.ts'),
  },
  en: {
    member: import.meta.glob<{ default: Dictionary }>('../modules/*/member.en.ts'),
    console: import.meta.glob<{ default: Dictionary }>('../modules/*/console.en.ts'),
    audit: import.meta.glob<{ default: Dictionary }>('../modules/*/audit.en.ts'),
  },
};

/** One part of the messages in one language: the central file and every module's file of that part. */
async function loadPart(lang: Lang, part: MessagePart): Promise<Dictionary> {
  const modules = Object.values(fromModules[lang][part] ?? {}).map(async (load) => (await load()).default);
  return Object.assign({}, await central[lang][part](), ...(await Promise.all(modules)));
}

// Nothing renders before the member messages arrive: their download starts as this module runs, ahead of the
// face's many small chunks (the browser opens six connections, and whatever asks first goes first).
void loadPart(/(?:^|; )zg_lang=en/.test(document.cookie) ? 'en' : 'zh-CN', 'member');

function initialLang(): Lang {
  const lang: Lang = /(?:^|; )zg_lang=en/.test(document.cookie) ? 'en' : 'zh-CN';
  // The server answers in the UI's language (errors, reports), not the browser's, so it always knows it.
  // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie is what the server reads
  document.cookie = `zg_lang=${lang}; path=/; max-age=31536000; samesite=lax`;
  return lang;
}

interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** A key built from server data (an audit action) has a message: show it, else a general word. */
  known: (key: string) => key is MessageKey;
  setLang: (lang: Lang) => void;
  toggle: () => void;
  /** Asks for a part of the messages, in this language and any chosen later. */
  want: (part: MessagePart) => void;
  /** The part is here in the current language. */
  has: (part: MessagePart) => boolean;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  // The console's and cockpit's messages come with the first load of those faces, not one round trip later.
  const [parts, setParts] = useState<ReadonlySet<MessagePart>>(
    () => new Set(/^\/(admin|cockpit)/.test(location.pathname) ? ['member', 'console'] : ['member']),
  );
  const [loaded, setLoaded] = useState<Partial<Record<`${Lang}:${MessagePart}`, Dictionary>>>({});

  const load = useCallback(async (l: Lang, wanted: Iterable<MessagePart>) => {
    const entries = await Promise.all(
      [...wanted].map(async (part) => [`${l}:${part}`, await loadPart(l, part)] as const),
    );
    setLoaded((before) => ({ ...before, ...Object.fromEntries(entries) }));
  }, []);

  useEffect(() => {
    void load(lang, parts);
  }, [lang, parts, load]);

  const setLang = useCallback(
    (next: Lang) => {
      // The other language's parts arrive before the switch, so no key ever shows raw.
      void load(next, parts).then(() => {
        // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie lets the server answer errors in this language
        document.cookie = `zg_lang=${next}; path=/; max-age=31536000; samesite=lax`;
        document.documentElement.lang = next;
        setLangState(next);
      });
    },
    [load, parts],
  );

  const want = useCallback(
    (part: MessagePart) => setParts((before) => (before.has(part) ? before : new Set([...before, part]))),
    [],
  );

  const value = useMemo<I18n>(() => {
    const member = loaded[`${lang}:member`];
    const console = loaded[`${lang}:console`];
    const audit = loaded[`${lang}:audit`];
    return {
      lang,
      setLang,
      toggle: () => setLang(lang === 'en' ? 'zh-CN' : 'en'),
      t: (key, params) =>
        (member?.[key] ?? console?.[key] ?? audit?.[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) =>
          String(params?.[k] ?? ''),
        ),
      known: (key): key is MessageKey => key in (member ?? {}) || key in (console ?? {}) || key in (audit ?? {}),
      want,
      has: (part) => loaded[`${lang}:${part}`] !== undefined,
    };
  }, [lang, setLang, loaded, want]);

  // Nothing renders before the member part of the language is here: a key never shows raw.
  if (!loaded[`${lang}:member`]) return <div style={{ padding: 24, color: '#999' }}>…</div>;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** For the console, the cockpit and the audit page: loads their messages; false until they are here. */
export function useMessagePart(part: MessagePart): boolean {
  const { want, has } = useI18n();
  useEffect(() => want(part), [want, part]);
  return has(part);
}
