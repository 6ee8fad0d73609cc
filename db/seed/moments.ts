import { sql } from 'drizzle-orm';
import { addDays, localDate } from '../../lib/activities/due';
import { addMonths } from '../../lib/celebrations/dates';
import type { Db } from '../connect';

// Gives the demo some celebration moments around `now`: a birthday on each of the next seven days (and one person
// born on 29 February), and current jobs reaching 5, 10, 12½ and 25 years in the coming weeks. Set-based updates of
// the first persons and jobs.
export async function seedCelebrations(db: Db, now = new Date()): Promise<void> {
  const today = localDate(now);
  const birthdays = Array.from({ length: 7 }, (_, i) => addMonths(addDays(today, i), -12 * (28 + 5 * i)));
  birthdays.push('1988-02-29');
  await db.execute(sql`
    UPDATE persons p SET date_of_birth = b.dob
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM persons WHERE deleted_at IS NULL AND NOT passive ORDER BY id LIMIT ${birthdays.length}) x
      JOIN unnest(${sql.param(birthdays)}::date[]) WITH ORDINALITY AS b(dob, n) ON b.n = x.n
     WHERE p.id = x.id`);
  const starts = [[60, 2], [120, 9], [150, 15], [300, 24]].map(([months, inDays]) => addMonths(addDays(today, inDays), -months));
  await db.execute(sql`
    UPDATE persons_in_organisation e SET start_date = s.start
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM persons_in_organisation WHERE deleted_at IS NULL AND active ORDER BY id LIMIT ${starts.length}) x
      JOIN unnest(${sql.param(starts)}::date[]) WITH ORDINALITY AS s(start, n) ON s.n = x.n
     WHERE e.id = x.id`);
}
