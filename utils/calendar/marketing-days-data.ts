/**
 * The marketing days a social media manager plans posts and offers around, as rules rather than dates
 * so that every year computes itself. Names are not stored here: the UI shows `marketingDay.<key>`
 * through the i18n layer. A key may appear on several rows when countries keep the day on different
 * dates (Mother's Day); those rows' country lists must never overlap, so a key stays unique per year.
 *
 * Months are 1–12; weekdays are 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay` counts them.
 */

export type MarketingDayKind = 'shopping' | 'awareness' | 'celebration' | 'season';

export type MarketingDayRule =
  /** The same month and day every year. */
  | { type: 'fixed'; month: number; day: number }
  /** The nth (1–5) weekday of a month, then `offsetDays` on (Black Friday: the Friday after the 4th Thursday). */
  | { type: 'nth-weekday'; month: number; weekday: number; nth: number; offsetDays?: number }
  /** The last weekday of a month. */
  | { type: 'last-weekday'; month: number; weekday: number }
  /** Days from Western (Gregorian) Easter Sunday; negative is before. */
  | { type: 'easter'; offsetDays: number }
  /** Days from another marketing day of the same year (Cyber Monday: Black Friday + 3). */
  | { type: 'relative'; to: string; offsetDays: number };

/**
 * Which countries keep a day, by ISO alpha-2 code. `include`: only these (such a day is left out when
 * no country is chosen, as its date is a local custom); `exclude`: everywhere but these.
 */
export type MarketingDayCountries = { include: readonly string[] } | { exclude: readonly string[] };

export type MarketingDayDefinition = {
  key: string;
  kind: MarketingDayKind;
  rule: MarketingDayRule;
  countries?: MarketingDayCountries;
};

const JAN = 1;
const FEB = 2;
const MAR = 3;
const APR = 4;
const MAY = 5;
const JUN = 6;
const JUL = 7;
const AUG = 8;
const SEP = 9;
const OCT = 10;
const NOV = 11;
const DEC = 12;
const SUNDAY = 0;
const THURSDAY = 4;
const SATURDAY = 6;

/** Members of the African Union, for Africa Day (founding of the OAU, 25 May 1963). */
const AFRICAN_UNION = [
  'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'EG', 'GQ',
  'ER', 'SZ', 'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU',
  'MA', 'MZ', 'NA', 'NE', 'NG', 'RW', 'EH', 'ST', 'SN', 'SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG',
  'TN', 'UG', 'ZM', 'ZW',
];

/** Where Kiswahili is an official or widely used language, for World Kiswahili Language Day. */
const KISWAHILI_COUNTRIES = ['KE', 'TZ', 'UG', 'RW', 'BI', 'CD', 'SS', 'KM', 'SO', 'MZ'];

export const MARKETING_DAY_DEFINITIONS: readonly MarketingDayDefinition[] = [
  { key: 'new-year', kind: 'celebration', rule: { type: 'fixed', month: JAN, day: 1 } },
  { key: 'valentines-day', kind: 'celebration', rule: { type: 'fixed', month: FEB, day: 14 } },
  { key: 'international-mother-language-day', kind: 'awareness', rule: { type: 'fixed', month: FEB, day: 21 } },
  { key: 'international-womens-day', kind: 'awareness', rule: { type: 'fixed', month: MAR, day: 8 } },
  { key: 'international-day-of-happiness', kind: 'awareness', rule: { type: 'fixed', month: MAR, day: 20 } },
  { key: 'earth-day', kind: 'awareness', rule: { type: 'fixed', month: APR, day: 22 } },

  // Mother's Day: the 2nd Sunday of May is the most common date; the rows after it are the countries
  // that keep another custom. Countries we are not sure of are left out rather than guessed.
  {
    key: 'mothers-day',
    kind: 'celebration',
    rule: { type: 'nth-weekday', month: MAY, weekday: SUNDAY, nth: 2 },
    countries: {
      include: [
        'US', 'CA', 'AU', 'NZ', 'DE', 'AT', 'CH', 'IT', 'NL', 'BE', 'DK', 'FI', 'EE', 'LV', 'IS', 'TR',
        'GR', 'CZ', 'SK', 'JP', 'CN', 'HK', 'TW', 'SG', 'MY', 'PH', 'IN', 'PK', 'BD', 'LK', 'KE', 'UG',
        'TZ', 'GH', 'ZA', 'BR', 'CL', 'PE', 'VE', 'EC', 'UY', 'CU', 'JM',
      ],
    },
  },
  // Mothering Sunday: the 4th Sunday of Lent, three weeks before Easter.
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'easter', offsetDays: -21 }, countries: { include: ['GB', 'IE', 'NG'] } },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'nth-weekday', month: MAY, weekday: SUNDAY, nth: 1 }, countries: { include: ['ES', 'PT', 'LT', 'HU'] } },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'last-weekday', month: MAY, weekday: SUNDAY }, countries: { include: ['SE'] } },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'fixed', month: MAY, day: 10 }, countries: { include: ['MX', 'GT', 'SV'] } },
  // The Arab world keeps it on the spring equinox.
  {
    key: 'mothers-day',
    kind: 'celebration',
    rule: { type: 'fixed', month: MAR, day: 21 },
    countries: { include: ['EG', 'JO', 'LB', 'SY', 'IQ', 'PS', 'AE', 'QA', 'BH', 'KW', 'OM'] },
  },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'fixed', month: MAY, day: 26 }, countries: { include: ['PL'] } },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'nth-weekday', month: OCT, weekday: SUNDAY, nth: 3 }, countries: { include: ['AR'] } },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'nth-weekday', month: FEB, weekday: SUNDAY, nth: 2 }, countries: { include: ['NO'] } },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'last-weekday', month: NOV, weekday: SUNDAY }, countries: { include: ['RU'] } },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'fixed', month: AUG, day: 12 }, countries: { include: ['TH'] } },
  { key: 'mothers-day', kind: 'celebration', rule: { type: 'fixed', month: DEC, day: 22 }, countries: { include: ['ID'] } },

  { key: 'africa-day', kind: 'celebration', rule: { type: 'fixed', month: MAY, day: 25 }, countries: { include: AFRICAN_UNION } },
  { key: 'world-environment-day', kind: 'awareness', rule: { type: 'fixed', month: JUN, day: 5 } },

  // Father's Day: the 3rd Sunday of June is the most common date; the rows after it are the others.
  {
    key: 'fathers-day',
    kind: 'celebration',
    rule: { type: 'nth-weekday', month: JUN, weekday: SUNDAY, nth: 3 },
    countries: {
      include: [
        'US', 'CA', 'GB', 'IE', 'FR', 'NL', 'GR', 'TR', 'HU', 'JP', 'CN', 'HK', 'SG', 'MY', 'PH', 'IN',
        'PK', 'KE', 'UG', 'TZ', 'NG', 'GH', 'ZA', 'MX', 'AR', 'CL', 'PE', 'VE', 'EC', 'CO', 'JM',
      ],
    },
  },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'nth-weekday', month: SEP, weekday: SUNDAY, nth: 1 }, countries: { include: ['AU', 'NZ', 'FJ', 'PG'] } },
  // Vatertag falls on Ascension Day, 39 days after Easter.
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'easter', offsetDays: 39 }, countries: { include: ['DE'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'nth-weekday', month: JUN, weekday: SUNDAY, nth: 2 }, countries: { include: ['AT', 'BE'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'nth-weekday', month: JUN, weekday: SUNDAY, nth: 1 }, countries: { include: ['CH', 'LT'] } },
  // Saint Joseph's Day in the Catholic south of Europe.
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'fixed', month: MAR, day: 19 }, countries: { include: ['IT', 'ES', 'PT'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'nth-weekday', month: NOV, weekday: SUNDAY, nth: 2 }, countries: { include: ['SE', 'NO', 'FI', 'EE', 'IS'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'nth-weekday', month: AUG, weekday: SUNDAY, nth: 2 }, countries: { include: ['BR'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'fixed', month: JUN, day: 5 }, countries: { include: ['DK'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'fixed', month: JUN, day: 23 }, countries: { include: ['PL'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'fixed', month: AUG, day: 8 }, countries: { include: ['TW'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'fixed', month: DEC, day: 5 }, countries: { include: ['TH'] } },
  { key: 'fathers-day', kind: 'celebration', rule: { type: 'fixed', month: NOV, day: 12 }, countries: { include: ['ID'] } },

  { key: 'world-social-media-day', kind: 'celebration', rule: { type: 'fixed', month: JUN, day: 30 } },
  // UNESCO's World Kiswahili Language Day, kept since 2022.
  { key: 'world-kiswahili-day', kind: 'celebration', rule: { type: 'fixed', month: JUL, day: 7 }, countries: { include: KISWAHILI_COUNTRIES } },
  { key: 'world-emoji-day', kind: 'celebration', rule: { type: 'fixed', month: JUL, day: 17 } },
  { key: 'international-youth-day', kind: 'awareness', rule: { type: 'fixed', month: AUG, day: 12 } },
  { key: 'international-coffee-day', kind: 'celebration', rule: { type: 'fixed', month: OCT, day: 1 } },
  { key: 'world-mental-health-day', kind: 'awareness', rule: { type: 'fixed', month: OCT, day: 10 } },
  { key: 'halloween', kind: 'celebration', rule: { type: 'fixed', month: OCT, day: 31 } },
  { key: 'singles-day', kind: 'shopping', rule: { type: 'fixed', month: NOV, day: 11 } },

  // The Friday after the US Thanksgiving (4th Thursday of November); kept worldwide by online shops.
  { key: 'black-friday', kind: 'shopping', rule: { type: 'nth-weekday', month: NOV, weekday: THURSDAY, nth: 4, offsetDays: 1 } },
  { key: 'small-business-saturday', kind: 'shopping', rule: { type: 'relative', to: 'black-friday', offsetDays: 1 }, countries: { include: ['US'] } },
  // The UK campaign keeps the first Saturday of December instead.
  { key: 'small-business-saturday', kind: 'shopping', rule: { type: 'nth-weekday', month: DEC, weekday: SATURDAY, nth: 1 }, countries: { include: ['GB'] } },
  { key: 'cyber-monday', kind: 'shopping', rule: { type: 'relative', to: 'black-friday', offsetDays: 3 } },
  { key: 'giving-tuesday', kind: 'awareness', rule: { type: 'relative', to: 'black-friday', offsetDays: 4 } },

  // When shops and brands switch to their end-of-year campaigns.
  { key: 'festive-season', kind: 'season', rule: { type: 'fixed', month: DEC, day: 1 } },
  { key: 'christmas-eve', kind: 'celebration', rule: { type: 'fixed', month: DEC, day: 24 } },
  // Boxing Day is a sales day only where the tradition of Boxing Day sales exists.
  { key: 'boxing-day', kind: 'shopping', rule: { type: 'fixed', month: DEC, day: 26 }, countries: { include: ['GB', 'IE', 'CA', 'AU', 'NZ'] } },
  { key: 'new-years-eve', kind: 'celebration', rule: { type: 'fixed', month: DEC, day: 31 } },
];
