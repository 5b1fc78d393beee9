import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SettingsProvider } from '@/components/ui/settings-context';

/** Renders UI the way the side panel does: below the settings (and i18n) provider. */
export function renderWithSettings(ui: ReactElement) {
  return render(<SettingsProvider>{ui}</SettingsProvider>);
}
