/**
 * Schema 5: `captureHealth`, one row per platform with what its collector saw and understood in the
 * last hour, so the side panel can say "X: last read 3 min ago, 48/50 posts understood" and warn when a
 * platform's layout changed. Starts empty: health is only ever about the last hour.
 */
export const version = 5;

export const stores = {
  captureHealth: 'platform',
} as const;
