/**
 * The Settings area: general settings, tracked accounts (right after "What the collectors keep", which
 * they complete), backup, and the sample workspace.
 */
import { AccountsSection } from '@/components/accounts/accounts-section';
import { BackupSection } from './backup-section';
import { GeneralSettings } from './general-settings';
import { SampleSection } from './sample-section';

export function SettingsArea() {
  return (
    <>
      <GeneralSettings />
      <AccountsSection />
      <BackupSection />
      <SampleSection />
    </>
  );
}
