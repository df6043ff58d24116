// Chinese by default, English on request. The choice lives in the `zg_lang` cookie so the server
// answers errors in the same language.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en } from './en';
import { type MessageKey, zhCN } from './zh-CN';

export type Lang = 'zh-CN' | 'en';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

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
  setLang: (lang: Lang) => void;
  toggle: () => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie lets the server answer errors in this language
    document.cookie = `zg_lang=${next}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      toggle: () => setLang(lang === 'en' ? 'zh-CN' : 'en'),
      t: (key, params) =>
        (dictionaries[lang][key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(params?.[k] ?? '')),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export type { MessageKey };
