/**
 * Campaign bands laid out over week rows: each campaign keeps one lane (a horizontal track) for its
 * whole run, so a band never jumps up or down between weeks, and overlapping campaigns stack.
 */
import type { Campaign } from '@/storage/schemas';
import { daysBetween } from '@/utils/time/wall-clock';

export interface BandSegment {
  campaign: Campaign;
  lane: number;
  /** Column (0–6) of the segment's first day in its week, and how many days it covers there. */
  column: number;
  span: number;
  /** The campaign's first segment: the one keyboard users reach (the others continue it). */
  isFirst: boolean;
  /** Whether the campaign really starts or ends in this week (rounded ends) or runs on past it. */
  startsHere: boolean;
  endsHere: boolean;
}

export function layoutCampaignBands(campaigns: readonly Campaign[], weeks: readonly string[][]): { segments: BandSegment[][]; lanes: number[] } {
  const first = weeks[0]?.[0];
  const last = weeks[weeks.length - 1]?.[6];
  if (!first || !last) return { segments: [], lanes: [] };
  const shown = campaigns
    .filter((c) => c.start <= last && c.end >= first && c.start <= c.end)
    .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end) || a.name.localeCompare(b.name));

  // Greedy interval colouring: the first lane whose last campaign ended before this one starts.
  const laneEnds: string[] = [];
  const laneOf = new Map<string, number>();
  for (const campaign of shown) {
    let lane = laneEnds.findIndex((end) => end < campaign.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = campaign.end;
    laneOf.set(campaign.id, lane);
  }

  const seen = new Set<string>();
  const segments = weeks.map((week) => {
    const weekStart = week[0]!;
    const weekEnd = week[6]!;
    return shown
      .filter((c) => c.start <= weekEnd && c.end >= weekStart)
      .map((campaign) => {
        const start = campaign.start > weekStart ? campaign.start : weekStart;
        const end = campaign.end < weekEnd ? campaign.end : weekEnd;
        const isFirst = !seen.has(campaign.id);
        seen.add(campaign.id);
        return {
          campaign,
          lane: laneOf.get(campaign.id) ?? 0,
          column: daysBetween(weekStart, start),
          span: daysBetween(start, end) + 1,
          isFirst,
          startsHere: campaign.start >= weekStart,
          endsHere: campaign.end <= weekEnd,
        };
      });
  });
  // Lanes a week needs: up to its highest lane in use, so unused tracks cost no height.
  const lanes = segments.map((week) => week.reduce((most, segment) => Math.max(most, segment.lane + 1), 0));
  return { segments, lanes };
}

/** Black or white text, whichever reads better on a campaign's colour (WCAG relative luminance). */
export function textColorOn(hex: string): '#000000' | '#ffffff' {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // The luminance where black and white text have the same contrast ratio.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
