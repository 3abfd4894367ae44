import { en } from './en';
import { zh, type MessageKey } from './zh';

export type { MessageKey };
export type Lang = 'zh' | 'en';

/** A text in both languages; the pane shows one, zh by default. */
export interface BilingualText {
  zh: string;
  en: string;
}

export const messages: Record<Lang, Record<MessageKey, string>> = { zh, en };

/**
 * A message in one language with `{name}` placeholders filled.
 *
 * @example
 * t('zh', 'notice.saved', { version: 3 }) // '草稿已保存（版本 3）'
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The same message in both languages. */
export const both = (key: MessageKey, params?: Record<string, string | number>): BilingualText => ({
  zh: t('zh', key, params),
  en: t('en', key, params),
});
