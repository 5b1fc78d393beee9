/**
 * Settings and the i18n helpers derived from them, for every component below the provider. Settings are
 * a live query: a change from any context (another panel, an import) re-renders with the new language.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '@/storage/schemas';
import { getSettings } from '@/storage/settings';
import { catalogLoaded, loadCatalog, localeFor, translate, type MessageKey, type MessageParams } from '@/utils/i18n/translate';
import type { Language } from '@/utils/languages';

export interface AppContext {
  settings: Settings;
  /** Intl locale: the UI language with the brand's country as region ("sw-KE"). */
  locale: string;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const Context = createContext<AppContext | null>(null);

/** Whether the UI language's strings are loaded; loads them when they are not (a local chunk, milliseconds). */
function useCatalog(language: Language | undefined): boolean {
  const [loaded, setLoaded] = useState<Language | null>(null);
  useEffect(() => {
    if (!language || catalogLoaded(language)) return;
    let current = true;
    loadCatalog(language)
      .then(() => current && setLoaded(language))
      // A missing chunk leaves the UI in English (translate's fallback) rather than blank.
      .catch((error: unknown) => {
        console.error('[mkakati] language strings did not load', error);
        if (current) setLoaded(language);
      });
    return () => {
      current = false;
    };
  }, [language]);
  return language !== undefined && (catalogLoaded(language) || loaded === language);
}

export function SettingsProvider({ children }: { children: ReactNode }) {
  const settings = useLiveQuery(getSettings);
  const ready = useCatalog(settings?.language);
  const value = useMemo<AppContext | null>(() => {
    if (!settings || !ready) return null;
    const locale = localeFor(settings.language, settings.country);
    return { settings, locale, t: (key, params) => translate(settings.language, locale, key, params) };
  }, [settings, ready]);

  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings]);

  // Settings (and a language's strings) load in a few milliseconds; until then there is nothing to say.
  if (!value) return null;
  return <Context value={value}>{children}</Context>;
}

export function useApp(): AppContext {
  const value = use(Context);
  if (!value) throw new Error('useApp() outside <SettingsProvider>');
  return value;
}
