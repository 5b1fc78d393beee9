/**
 * The first-run guide's progress, kept in the settings row (`settings.guide`) so that it survives a
 * reload, travels in a backup, and is the same in the side panel and the popup.
 */
import { GUIDE_STEPS, type GuideStep, type Settings } from './schemas';
import { getSettings, updateSettings } from './settings';

export type GuideProgress = NonNullable<Settings['guide']>;

export const NEW_GUIDE: GuideProgress = { done: [], skipped: false };

/** The first step not done yet, in the strategy's order; null when all ten are. */
export function currentStep(progress: GuideProgress): GuideStep | null {
  return GUIDE_STEPS.find((step) => !progress.done.includes(step)) ?? null;
}

/** Marks `step` done (again is harmless) and keeps `done` in the steps' order. */
export async function completeStep(step: GuideStep, now = Date.now()): Promise<GuideProgress> {
  const progress = (await getSettings()).guide ?? NEW_GUIDE;
  const done = GUIDE_STEPS.filter((s) => s === step || progress.done.includes(s));
  return (await updateSettings({ guide: { ...progress, done } }, now)).guide ?? NEW_GUIDE;
}

/** Takes the mark off a step, to walk it again. */
export async function reopenStep(step: GuideStep, now = Date.now()): Promise<GuideProgress> {
  const progress = (await getSettings()).guide ?? NEW_GUIDE;
  return (await updateSettings({ guide: { ...progress, done: progress.done.filter((s) => s !== step) } }, now)).guide ?? NEW_GUIDE;
}

/** Puts the guide away (skipped) or brings it back where it was left (resumed). */
export async function setGuideSkipped(skipped: boolean, now = Date.now()): Promise<GuideProgress> {
  const progress = (await getSettings()).guide ?? NEW_GUIDE;
  return (await updateSettings({ guide: { ...progress, skipped } }, now)).guide ?? NEW_GUIDE;
}

/** Starts the guide over from step 1 (after it was finished), in one write. */
export async function restartGuide(now = Date.now()): Promise<GuideProgress> {
  return (await updateSettings({ guide: NEW_GUIDE }, now)).guide ?? NEW_GUIDE;
}
