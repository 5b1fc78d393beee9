/** Loading the sample workspace: replaces everything, in one transaction, and moves the brand to Nairobi. */
import { getSettings } from './settings';
import { writeWorkspace } from './workspace';

export async function loadSampleWorkspace(now = Date.now()): Promise<void> {
  // Imported on demand: the sample's data is not needed for the side panel's first paint.
  const { buildSampleWorkspace, SAMPLE_COUNTRY, SAMPLE_TIME_ZONE } = await import('./sample');
  const data = buildSampleWorkspace({ now });
  const settings = await getSettings();
  data.settings = [{ ...settings, timeZone: SAMPLE_TIME_ZONE, country: SAMPLE_COUNTRY, updatedAt: now }];
  await writeWorkspace(data, 'replace');
}
