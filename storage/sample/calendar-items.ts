/**
 * What sits on the sample's calendar besides posts: campaign bands (Black Friday when the plan
 * covers it, a promotion week, a giveaway with a partner) and company events. Their dates follow
 * `now`, so whatever day the sample is loaded, the calendar around today is full.
 */
import type { CalendarEvent, Campaign, Platform } from '@/storage/schemas';
import { blackFridayOf, dateOfDay, instantOf, isoWeekdayOf, sameDateInYear, yearOfDay, type Day } from './calendar';
import type { SampleContext } from './calendar';
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
export function nextWeekday(day: Day, weekday: number): Day {
  return day + ((weekday - isoWeekdayOf(day) + 7) % 7);
}

/** Black Friday to Cyber Monday, if that band touches the plan (which can span a new year). */
function placeBlackFriday(ctx: SampleContext): Band | null {
  for (const year of new Set([yearOfDay(ctx.firstDay), yearOfDay(ctx.lastDay)])) {
    const band = { start: blackFridayOf(year), end: blackFridayOf(year) + 3 };
    if (overlaps(band, { start: ctx.firstDay, end: ctx.lastDay })) return band;
  }
  return null;
}

/**
 * The first candidate week (offsets from today) clear of the bands already placed. Candidates are
 * far enough apart that a four-day Black Friday band blocks at most one of them.
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
  // The giveaway starts this weekend if it can (the sample shows one being prepared); otherwise it
  // ran three weeks ago and its results are in the analytics.
  placed.push({ key: 'contest', id: 'sample-campaign-giveaway', band: placeWeek(ctx, [3, -20, 17], placed), takesOver: ['instagram', 'tiktok'] });
  placed.push({ key: 'promotion', id: 'sample-campaign-subscribe-week', band: placeWeek(ctx, [-13, -34, 10], placed), takesOver: 'all' });
  return placed.sort((a, b) => a.band.start - b.band.start);
}

const CAMPAIGN_DETAILS: Record<CampaignKey, Pick<Campaign, 'name' | 'kind' | 'color' | 'notes'> & { goalId: string }> = {
  blackFriday: { name: 'Black Friday', kind: 'black-friday', color: '#111827', goalId: GOAL_IDS.engagementRate, notes: '25% off all coffee with BORA25 until Cyber Monday midnight; offices: 25% off the first month.' },
  promotion: { name: 'Subscribe & save week', kind: 'promotion', color: '#b45309', goalId: GOAL_IDS.postsPublished, notes: 'First subscription bag 15% off (KARIBU15); subscribers get a micro-lot sample.' },
  contest: { name: 'Coffee & bread giveaway', kind: 'contest', color: '#7c3aed', goalId: GOAL_IDS.instagramFollowers, notes: 'With Mkate Mtamu Bakery: follow both, tag a friend, share. Prize: 1 kg of coffee and a week of bread.' },
};

export function buildCampaigns(ctx: SampleContext, placed: readonly PlacedCampaign[]): Campaign[] {
  return placed.map(({ key, id, band }) => {
    const { name, goalId, ...details } = CAMPAIGN_DETAILS[key];
    // Prepared about two weeks ahead, never before the workspace existed nor after now.
    const createdAt = Math.max(ctx.setupAt, Math.min(ctx.now, instantOf(band.start - 14, '11:00')));
    return {
      id,
      name: key === 'blackFriday' ? `${name} ${yearOfDay(band.start)}` : name,
      ...details,
      goalIds: [goalId],
      start: dateOfDay(band.start),
      end: dateOfDay(band.end),
      createdAt,
      updatedAt: createdAt,
    };
  });
}

export interface PlacedEvents {
  anniversary: Day;
  /** A public cupping on a Saturday about a week from today. */
  cupping: Day;
}

export function placeEvents(ctx: SampleContext): PlacedEvents {
  return { anniversary: ctx.today + 12, cupping: nextWeekday(ctx.today + 6, 6) };
}

export function buildEvents(ctx: SampleContext, events: PlacedEvents): CalendarEvent[] {
  const created = { createdAt: ctx.setupAt, updatedAt: ctx.setupAt };
  const maintenance = nextWeekday(ctx.today + 20, 1);
  return [
    // A yearly event keeps its original date; the calendar repeats it every year.
    { id: 'sample-event-anniversary', title: 'Roastery anniversary', date: dateOfDay(sameDateInYear(events.anniversary, FOUNDING_YEAR)), endDate: null, yearly: true, notes: `First batch roasted in a garage in Kilimani in ${FOUNDING_YEAR}.`, ...created },
    { id: 'sample-event-cupping', title: 'Public cupping at the roastery', date: dateOfDay(events.cupping), endDate: null, yearly: false, notes: 'Saturday 10:00–12:00, 20 seats, three new coffees.', ...created },
    { id: 'sample-event-maintenance', title: 'Roaster maintenance (no roasting)', date: dateOfDay(maintenance), endDate: dateOfDay(maintenance + 1), yearly: false, notes: 'Orders placed these days ship two days later.', ...created },
  ];
}
