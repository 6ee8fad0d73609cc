// Celebration moments: birthdays and employment jubilees. Pure date arithmetic on ISO dates (YYYY-MM-DD).
import { addDays } from '@/lib/activities/due';

// How many days ahead the dashboard looks for birthdays and for jubilees (today included).
export const birthdayDays = 7;
export const jubileeDays = 30;

// The jubilees, in months of service: every five years, and the copper 12½ years.
export const jubileeMonths = [60, 120, 150, 180, 240, 300, 360, 420, 480, 540, 600] as const;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

// A date `months` months later, on the same day or the last day of a shorter month (31 Aug + 6 → 28/29 Feb),
// as PostgreSQL adds an interval of months to a date.
export function addMonths(dateIso: string, months: number): string {
  const [y, m, d] = dateIso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

// The day a birthday falls on in a year: someone born on 29 February celebrates on 28 February in other years.
export function birthdayIn(dateOfBirth: string, year: number): string {
  const md = dateOfBirth.slice(5);
  return md === '02-29' && !isLeapYear(year) ? `${year}-02-28` : `${year}-${md}`;
}

// The birthdays (as MMDD keys) of the `days` days from `today`, each with the date it is celebrated on; in a year
// without 29 February, 28 February also stands for it.
export function birthdayWindow(today: string, days = birthdayDays): { key: number; date: string }[] {
  const out: { key: number; date: string }[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    const [y, m, d] = date.split('-').map(Number);
    out.push({ key: m * 100 + d, date });
    if (m === 2 && d === 28 && !isLeapYear(y)) out.push({ key: 229, date });
  }
  return out;
}

// The age someone turns on a birthday.
export function ageOn(dateOfBirth: string, birthday: string): number {
  return Number(birthday.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
}

// A jubilee's years as people say them: 5, 10, 12½, 25 …
export function jubileeYears(months: number): string {
  return months % 12 === 0 ? String(months / 12) : `${Math.floor(months / 12)}½`;
}

// The jubilee a job start date reaches on a given anniversary window, if any (for tests and checks).
export function jubileeBetween(startDate: string, from: string, to: string): { months: number; date: string } | null {
  for (const months of jubileeMonths) {
    const date = addMonths(startDate, months);
    if (date >= from && date <= to) return { months, date };
  }
  return null;
}
