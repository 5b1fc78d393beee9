/**
 * The one alarm that wakes the background for reminders (entrypoints/background/reminders.ts), named
 * here because the side panel touches it too (components/ui/announce-plan-change.ts).
 */
export const REMINDER_ALARM = 'mkakati-next-reminder';

/**
 * How soon the side panel's check-in makes the alarm fire when it announces a plan change: Chrome's
 * shortest alarm delay (30 s since Chrome 120). If the announcement is lost (the panel closed, the
 * worker stopped before it re-armed), the worker still wakes by then and re-arms for the new plan.
 */
export const CHECK_IN_MS = 30_000;
