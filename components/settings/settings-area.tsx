/** The Settings area: general settings, backup, and the sample workspace. */
import { BackupSection } from './backup-section';
import { GeneralSettings } from './general-settings';
import { SampleSection } from './sample-section';

export function SettingsArea() {
  return (
    <>
      <GeneralSettings />
      <BackupSection />
      <SampleSection />
    </>
  );
}
