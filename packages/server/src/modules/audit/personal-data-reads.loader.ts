import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonalDataRead } from './personal-data-read.entity.js';

/** One read to record: the case, and who read it in which request. */
export interface PersonalDataReadKey {
  caseId: string;
  personId: string | null;
  apiKey: { id: string; name: string } | null;
  requestId: string;
}

/**
 * Records personal-data reads for one request: the first read of a case by a reader is recorded,
 * later ones in the same request are not (the loader's cache), and every read of one tick — all
 * the cases of a list resolve their fields together — goes into the database as one multi-row
 * insert. A read waits for its record: if the record cannot be written, the field fails rather
 * than reveal personal data unrecorded.
 */
export function createPersonalDataReadLoader(
  em: EntityManager,
  now: () => Date,
): DataLoader<PersonalDataReadKey, true, string> {
  return new DataLoader(
    async (keys) => {
      const readAt = now();
      await em.insertMany(
        PersonalDataRead,
        keys.map((key) => ({
          case: key.caseId,
          readerPerson: key.personId,
          readerApiKeyId: key.apiKey?.id ?? null,
          readerApiKeyName: key.apiKey?.name ?? null,
          readAt,
          requestId: key.requestId,
        })),
      );
      return keys.map(() => true as const);
    },
    { cacheKeyFn: (key) => `${key.personId ?? ''}|${key.apiKey?.id ?? ''}|${key.caseId}` },
  );
}
