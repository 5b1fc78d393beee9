/**
 * Settings and the i18n helpers derived from them, for every component below the provider. Settings are
 * a live query: a change from any context (another panel, an import) re-renders with the new language.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, use, useEffect, useMemo, type ReactNode } from 'react';
import type { Settings } from '@/storage/schemas';
import { getSettings } from '@/storage/settings';
import { localeFor, translate, type MessageKey, type MessageParams } from '@/utils/i18n/translate';

export interface AppContext {
  settings: Settings;
  /** Intl locale: the UI language with the brand's country as region ("sw-KE"). */
  locale: string;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const Context = createContext<AppContext | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const settings = useLiveQuery(getSettings);
  const value = useMemo<AppContext | null>(() => {
    if (!settings) return null;
    const locale = localeFor(settings.language, settings.country);
    return { settings, locale, t: (key, params) => translate(settings.language, locale, key, params) };
  }, [settings]);

  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings]);

  // Settings load from IndexedDB in a few milliseconds; until then there is nothing to say in any language.
  if (!value) return null;
  return <Context value={value}>{children}</Context>;
}

export function useApp(): AppContext {
  const value = use(Context);
  if (!value) throw new Error('useApp() outside <SettingsProvider>');
  return value;
}
