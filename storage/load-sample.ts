/**
 * Loading the sample workspace: replaces everything, in one transaction, and moves the brand to Nairobi.
 * The sample is a strategy already set up, so the first-run guide is put away (Strategy can resume it).
 */
import { getSettings } from './settings';
import { writeWorkspace } from './workspace';

export async function loadSampleWorkspace(now = Date.now()): Promise<void> {
  // Imported on demand: the sample's data is not needed for the side panel's first paint.
  const { buildSampleWorkspace, SAMPLE_COUNTRY, SAMPLE_TIME_ZONE } = await import('./sample');
  const data = buildSampleWorkspace({ now });
  const settings = await getSettings();
  data.settings = [{ ...settings, timeZone: SAMPLE_TIME_ZONE, country: SAMPLE_COUNTRY, guide: { done: settings.guide?.done ?? [], skipped: true }, updatedAt: now }];
  await writeWorkspace(data, 'replace');
}
