import { currentArea, followHash } from '@/components/state/navigation';
import { mountPage } from '@/components/ui/mount';
import { getSettings } from '@/storage/settings';
import { loadCatalog } from '@/utils/i18n/translate';
import { App } from './app';
import { preloadArea, preloadAreasWhenIdle } from './areas';

/** However slow the preloading, the panel is drawn after this long (whatever is missing then suspends). */
const MOUNT_WAIT_MS = 1_000;

// The area in the address is the first one drawn (not Today first: its counts of every table would
// compete with the calendar's queries at 100k posts), and it is drawn with its chunk and strings
// already loaded — the settings are read first in any case, for the language. A failure here is left
// to the components, which show it.
followHash(location.hash);
const area = currentArea.value;
const language = getSettings().then((settings) => settings.language);
const ready = language.then((lang) => Promise.all([loadCatalog(lang), area === 'today' ? null : preloadArea(area, lang)]));
void Promise.race([ready.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, MOUNT_WAIT_MS))]).then(() => {
  mountPage(App);
  language.then(preloadAreasWhenIdle, () => undefined);
});
