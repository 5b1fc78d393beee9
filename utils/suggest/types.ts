/**
 * What every rule of the Adjust area produces (issue 8): a suggestion with its evidence, a confidence
 * and an action. Rules are small pure modules in this folder, each with its own tests; they read the
 * analytics report's derived posts and the plan, never the database.
 */
import type { Platform } from '@/utils/platforms';

/** One number the suggestion stands on, with the sample behind it. */
export interface EvidenceItem {
  /** What is measured, as an i18n key under `suggest.evidence.` plus its parameters. */
  key: string;
  params: Record<string, string | number>;
  /** The figure itself (engagement, a rate, a count). */
  value: number;
  /** How many posts (or readings) it stands on. */
  n: number;
}

export interface Evidence {
  /** The period the numbers cover (instants, [start, end)). */
  start: number;
  end: number;
  items: EvidenceItem[];
  /**
   * A stable fingerprint of the evidence: a suggestion dismissed for this fingerprint is not shown again
   * until the evidence changes (e.g. `best-hours:instagram:tue-18`).
   */
  fingerprint: string;
}

/** How sure the rule is: from its test statistic and sample sizes, never from the size of the effect alone. */
export type Confidence = 'low' | 'medium' | 'high';

/** What applying the suggestion would do to the plan (previewed, applied in one transaction, undoable). */
export type SuggestedAction =
  | { kind: 'move-slot'; slotId: string; toWeekday: number; toLocalTime: string }
  | { kind: 'add-slot'; platform: Platform; weekday: number; localTime: string; format: string }
  | { kind: 'change-format'; postIds: string[]; toFormat: string }
  | { kind: 'retag'; postIds: string[]; field: 'pillar' | 'topic' | 'segmentId' | 'hookId'; to: string | null }
  | { kind: 'reschedule'; postIds: string[]; shiftMinutes: number }
  /** A new idea copying an own top post into an empty slot: its date and time, on the slot's platform and format. */
  | { kind: 'recycle'; observedPostId: string; intoLocalDate: string; localTime: string; platform: Platform; format: string }
  | { kind: 'open'; area: 'analytics' | 'strategy' | 'plan'; page?: string }
  | { kind: 'none' };

export interface Suggestion {
  /** The rule that made it (`best-hours`, `format-mix` …); also the i18n key under `suggest.rule.`. */
  rule: string;
  platform: Platform | 'all';
  /** Title as an i18n key under `suggest.title.` with its parameters. */
  title: { key: string; params: Record<string, string | number> };
  evidence: Evidence;
  confidence: Confidence;
  action: SuggestedAction;
}
