import type { MikroORM } from '@mikro-orm/postgresql';
import { FeedbackCase } from '../../modules/cases/feedback-case.entity.js';
import type * as DemoHistoryModule from './demo-history.js';
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
  const { generateDemoHistory } = await loadDemoHistory();
  const summary = await generateDemoHistory(orm.em.fork(), {
    seed: options.seed,
    days: options.days,
    progress: options.progress,
  });
  options.progress(`Demo data loaded: ${summary.cases} cases, ${summary.measures} preventive measures.`);
}

/** Demo data was asked for, but this installation has no demo-data generator. */
export class DemoDataUnavailableError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'DemoDataUnavailableError';
  }
}

/**
 * The demo-data generator (@faker-js/faker) is a development dependency, left out of production
 * installs: loaded only when demo data is wanted, with advice when it is not installed.
 */
async function loadDemoHistory(): Promise<typeof DemoHistoryModule> {
  try {
    return await import('./demo-history.js');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new DemoDataUnavailableError(
        'Demo data needs the demo-data generator, which production installs leave out. ' +
          'Set DEMO_DATA=never, or run from a development checkout (pnpm install).',
        { cause: error },
      );
    }
    throw error;
  }
}
