/** Mounts an extension page's root component below the settings (and i18n) provider. */
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsProvider } from './settings-context';
import './theme.css';

export function mountPage(App: ComponentType) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SettingsProvider>
        <App />
      </SettingsProvider>
    </StrictMode>,
  );
}
