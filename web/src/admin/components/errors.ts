import { ApiError } from '../../api/client';
import type { Lang } from '../../i18n';

export function errorText(e: unknown, lang: Lang): string {
  return e instanceof ApiError ? e.text(lang) : e instanceof Error ? e.message : String(e);
}
