/**
 * What sits on the sample's calendar besides posts: campaign bands (Black Friday when the plan
 * covers it, a promotion week, a giveaway with a partner) and company events. Their dates follow
 * `now`, so whatever day the sample is loaded, the calendar around today is full.
 */
import type { CalendarEvent, Campaign, Platform } from '@/storage/schemas';
import { blackFridayOf, dateOfDay, instantOf, isoWeekdayOf, sameDateInYear, yearOfDay, type Day, type SampleContext } from './calendar';
import { GOAL_IDS } from './goals';
import { FOUNDING_YEAR } from './strategy';

export interface Band {
  start: Day;
  end: Day;
}
const overlaps = (a: Band, b: Band): boolean => a.start <= b.end && b.start <= a.end;

export type CampaignKey = 'blackFriday' | 'promotion' | 'contest';
export interface PlacedCampaign {
  key: CampaignKey;
  id: string;
  band: Band;
  /** Which recurring slots carry campaign posts while the band runs. */
  takesOver: 'all' | readonly Platform[];
}

/** The first day on or after `day` that is the given ISO weekday. */
export const nextWeekday = (day: Day, weekday: number): Day => day + ((weekday - isoWeekdayOf(day) + 7) % 7);

/** Black Friday to Cyber Monday, if that band touches the plan (which may span a new year). */
function placeBlackFriday(ctx: SampleContext): Band | null {
  const bands = [yearOfDay(ctx.firstDay), yearOfDay(ctx.lastDay)].map((year) => ({ start: blackFridayOf(year), end: blackFridayOf(year) + 3 }));
  return bands.find((band) => overlaps(band, { start: ctx.firstDay, end: ctx.lastDay })) ?? null;
}

/**
 * The first candidate week (offsets from today) a day clear of the bands already placed. The
 * candidates are far enough apart that a four-day Black Friday band blocks at most one of them.
 */
function placeWeek(ctx: SampleContext, offsets: readonly number[], taken: readonly PlacedCampaign[]): Band {
  for (const offset of offsets) {
    const band = { start: ctx.today + offset, end: ctx.today + offset + 6 };
    if (taken.every((c) => !overlaps(band, { start: c.band.start - 1, end: c.band.end + 1 }))) return band;
  }
  throw new Error('no free week for a sample campaign');
}

export function placeCampaigns(ctx: SampleContext): PlacedCampaign[] {
  const placed: PlacedCampaign[] = [];
  const blackFriday = placeBlackFriday(ctx);
  if (blackFriday) placed.push({ key: 'blackFriday', id: `sample-campaign-black-friday-${yearOfDay(blackFriday.start)}`, band: blackFriday, takesOver: 'all' });
  // The giveaway starts this weekend if it can (one being prepared); else it ran three weeks ago.
  placed.push({ key: 'contest', id: 'sample-campaign-giveaway', band: placeWeek(ctx, [3, -20, 17], placed), takesOver: ['instagram', 'tiktok'] });
  placed.push({ key: 'promotion', id: 'sample-campaign-subscribe-week', band: placeWeek(ctx, [-13, -34, 10], placed), takesOver: 'all' });
  return placed.sort((a, b) => a.band.start - b.band.start);
}

const CAMPAIGNS: Record<CampaignKey, [string, Campaign['kind'], string, string, string]> = {
  blackFriday: ['Black Friday', 'black-friday', '#111827', GOAL_IDS.engagementRate, '25% off everything with BORA25 until Cyber Monday midnight.'],
  promotion: ['Subscribe & save week', 'promotion', '#b45309', GOAL_IDS.postsPublished, 'First subscription bag 15% off (KARIBU15).'],
  contest: ['Coffee & bread giveaway', 'contest', '#7c3aed', GOAL_IDS.instagramFollowers, 'With Mkate Mtamu: 1 kg of coffee and a week of bread to win.'],
};

export function buildCampaigns(ctx: SampleContext, placed: readonly PlacedCampaign[]): Campaign[] {
  return placed.map(({ key, id, band }) => {
    const [name, kind, color, goalId, notes] = CAMPAIGNS[key];
    // Prepared two weeks ahead, but not before the workspace existed nor after now.
    const createdAt = Math.max(ctx.setupAt, Math.min(ctx.now, instantOf(band.start - 14, '11:00')));
    return {
      id,
      name: key === 'blackFriday' ? `${name} ${yearOfDay(band.start)}` : name,
      kind,
      start: dateOfDay(band.start),
      end: dateOfDay(band.end),
      goalIds: [goalId],
      color,
      notes,
      createdAt,
      updatedAt: createdAt,
    };
  });
}

/** This year's anniversary, and a public cupping on the Saturday about a week from today. */
export interface PlacedEvents {
  anniversary: Day;
  cupping: Day;
}
export const placeEvents = (ctx: SampleContext): PlacedEvents => ({ anniversary: ctx.today + 12, cupping: nextWeekday(ctx.today + 6, 6) });

export function buildEvents(ctx: SampleContext, { anniversary, cupping }: PlacedEvents): CalendarEvent[] {
  const rows: [string, string, Day, Day | null, boolean, string][] = [
    // A yearly event keeps its original date; the calendar repeats it.
    ['anniversary', 'Roastery anniversary', sameDateInYear(anniversary, FOUNDING_YEAR), null, true, 'First batch roasted in a Kilimani garage.'],
    ['cupping', 'Public cupping at the roastery', cupping, cupping + 1, false, 'Saturday and Sunday 10:00–12:00, 20 seats a day.'],
  ];
  return rows.map(([key, title, date, endDate, yearly, notes]) => ({
    id: `sample-event-${key}`,
    title,
    date: dateOfDay(date),
    endDate: endDate === null ? null : dateOfDay(endDate),
    yearly,
    notes,
    createdAt: ctx.setupAt,
    updatedAt: ctx.setupAt,
  }));
}
