import type { MikroORM } from '@mikro-orm/postgresql';
import { FeedbackCase } from '../../modules/cases/feedback-case.entity.js';
import { generateDemoHistory } from './demo-history.js';
import { ensureReferenceData } from './reference-data.js';

/**
 * First run of `pnpm start`: reference data and demo people, then about two years of demo
 * history — only when the database holds no cases yet, so real data is never touched.
 */
export async function seedOnFirstRun(
  orm: MikroORM,
  options: { seed: number; days?: number; progress: (message: string) => void },
): Promise<void> {
  const em = orm.em.fork();
  await ensureReferenceData(em);
  if ((await em.count(FeedbackCase, {})) > 0) return;
  options.progress(`Loading demo data (seed ${options.seed})…`);
  const summary = await generateDemoHistory(orm.em.fork(), {
    seed: options.seed,
    days: options.days,
    progress: options.progress,
  });
  options.progress(`Demo data loaded: ${summary.cases} cases, ${summary.measures} preventive measures.`);
}
