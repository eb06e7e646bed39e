// Calendar arithmetic on xsd:date strings and parsing of the date expressions news uses.

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'] as const;
const MONTH_ABBR: Readonly<Record<string, number>> = Object.fromEntries(
  MONTHS.flatMap((m, i) => [[m, i + 1], [m.slice(0, 3), i + 1], ...(m.length > 4 ? [[m.slice(0, 4), i + 1]] : [])]));
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** A valid YYYY-MM-DD string for the given parts, or undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

export function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekday(date: string): number {
  return new Date(date + 'T00:00:00Z').getUTCDay();
}

/** The most recent given weekday on or before `date` ("on Thursday" in an article of that date). */
export function lastWeekday(date: string, day: number): string {
  return addDays(date, -((weekday(date) - day + 7) % 7));
}

export interface FoundDate {
  readonly index: number;
  readonly length: number;
  /** Full date when the year is written, else month and day only. */
  readonly date?: string;
  readonly month: number;
  readonly day: number;
}

const FULL_DATE_PATTERNS: readonly RegExp[] = [
  /\b(\d{4})-(\d{2})-(\d{2})\b/g,                                            // 2025-08-22
  new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'), // March 3, 2025
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'gi'), // 3 March 2025
];

/** Calendar dates written in a text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const [i, pattern] of FULL_DATE_PATTERNS.entries()) {
    for (const m of text.matchAll(pattern)) {
      let year: number | undefined, month: number, day: number;
      if (i === 0) { year = Number(m[1]); month = Number(m[2]); day = Number(m[3]); }
      else if (i === 1) { month = MONTH_ABBR[m[1]!.toLowerCase().replace('.', '')] ?? 0; day = Number(m[2]); year = m[3] ? Number(m[3]) : undefined; }
      else { day = Number(m[1]); month = MONTH_ABBR[m[2]!.toLowerCase().replace('.', '')] ?? 0; year = m[3] ? Number(m[3]) : undefined; }
      if (!month || day < 1 || day > 31) continue;
      const date = year ? isoDate(year, month, day) : undefined;
      if (year && !date) continue;
      found.push({ index: m.index, length: m[0].length, month, day, ...(date ? { date } : {}) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Month-day date (no year) resolved to the latest such day on or before `reference`. */
export function resolveMonthDay(month: number, day: number, reference: string): string | undefined {
  const year = Number(reference.slice(0, 4));
  const same = isoDate(year, month, day);
  if (same && same <= reference) return same;
  return isoDate(year - 1, month, day) ?? same;
}
