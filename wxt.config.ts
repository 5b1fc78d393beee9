import { defineConfig } from 'wxt';
import { writeLocalizedManifestStrings } from './scripts/manifest-locales';

/** Hosts of the supported platforms: the only sites the extension may read. */
export const PLATFORM_HOSTS = [
  'https://x.com/*',
  'https://*.x.com/*',
  'https://twitter.com/*',
  'https://*.twitter.com/*',
  'https://www.instagram.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://www.linkedin.com/*',
  'https://www.youtube.com/*',
  'https://m.youtube.com/*',
  'https://www.tiktok.com/*',
  'https://www.threads.com/*',
  'https://www.threads.net/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: auto-imports once pulled React into the service worker (TOOLCHAIN.md).
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'sidePanel'],
    host_permissions: PLATFORM_HOSTS,
    action: { default_title: '__MSG_extActionTitle__' },
  },
  hooks: {
    // The extension's name and description come from locales/*.json like every other string.
    'build:publicAssets': (wxt, files) => {
      files.push(...writeLocalizedManifestStrings());
    },
  },
});
