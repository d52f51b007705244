import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SatisfactionRequest } from './satisfaction-request.entity.js';

/** The satisfaction question of every case asked for in one request, in one query (null where none was asked). */
export function createCaseSatisfactionLoader(em: EntityManager): DataLoader<string, SatisfactionRequest | null> {
  return new DataLoader(async (caseIds) => {
    const requests = await em.find(SatisfactionRequest, { case: { $in: [...caseIds] } });
    const byCase = new Map(requests.map((r) => [r.case.id, r]));
    return caseIds.map((id) => byCase.get(id) ?? null);
  });
}
