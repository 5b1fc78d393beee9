import { defineConfig } from 'wxt';
import { writeLocalizedManifestStrings } from './scripts/manifest-locales';
import { hostPermissions } from './utils/platforms';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: auto-imports once pulled React into the service worker (TOOLCHAIN.md).
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'sidePanel'],
    // Only the supported platforms' hosts (utils/platforms.ts); never <all_urls>.
    host_permissions: hostPermissions(),
  },
  hooks: {
    // The extension's name and description come from locales/*.json like every other string.
    'build:publicAssets': (_wxt, files) => {
      files.push(...writeLocalizedManifestStrings());
    },
  },
});
