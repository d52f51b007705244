import type { EntityManager } from '@mikro-orm/postgresql';
import { formatRegistrationNumber } from '@klankbord/domain';

/**
 * Takes the next registration number of `year`. The counter row stays locked until the calling
 * transaction ends, so concurrent submissions queue here and a rolled-back one gives its number
 * back: numbers are unique and gap-free per year. Must run inside the intake transaction.
 */
export async function takeRegistrationNumber(em: EntityManager, year: number) {
  const rows = await em.getConnection().execute<{ last_value: number }[]>(
    `insert into registration_counter (year, last_value) values (?, 1)
     on conflict (year) do update set last_value = registration_counter.last_value + 1
     returning last_value`,
    [year],
    'all',
    em.getTransactionContext(),
  );
  const sequence = Number(rows[0]?.last_value);
  return { year, sequence, registrationNumber: formatRegistrationNumber(year, sequence) };
}
