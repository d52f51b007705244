import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, signIn } from '../e2e/browser';
import { SERVER_MAIN, startProduct, WEB_DIST, type RunningProduct } from '../e2e/product-server';

/**
 * `pnpm bench:web [--runs 10] [--history-days 730]`: how fast the management dashboard is for a
 * person opening it. Starts the real built server (build first: `pnpm --filter @klankbord/web bench`
 * does) on a fresh database with demo history, signs in as the management demo person, and loads
 * the dashboard in headless Chromium in a fresh browser context per run (cold HTTP cache, like a
 * first visit of the day). Per run it reads Largest Contentful Paint and the time until every
 * dashboard widget has settled (chart drawn, or its empty/error state shown), both from navigation
 * start; it prints p50 and p95 against the target. One warm-up run is not counted.
 * Progress goes to stderr, the result to stdout. Only 127.0.0.1 is contacted.
 */
const { values } = parseArgs({ options: { runs: { type: 'string' }, 'history-days': { type: 'string' } } });
const RUNS = Number(values.runs ?? 10);
const HISTORY_DAYS = Number(values['history-days'] ?? 730);
const TARGET_MS = 1500;
const MANAGEMENT_PERSON = 'Marit de Boer';
const say = (message: string) => process.stderr.write(`${message}\n`);

interface RunResult {
  lcpMs: number;
  chartsMs: number;
  widgets: number;
}

/** Registered before any page script: remembers the latest LCP candidate. */
declare global {
  interface Window {
    __klankbordLcp?: number;
  }
}

async function main(): Promise<number> {
  if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isInteger(HISTORY_DAYS) || HISTORY_DAYS < 1) {
    say('--runs and --history-days take positive whole numbers.');
    return 2;
  }
  for (const built of [SERVER_MAIN, path.join(WEB_DIST, 'index.html')]) {
    if (!existsSync(built)) {
      say(
        `${built} is missing: build first (pnpm --filter @klankbord/web bench builds domain, server and web, then runs this).`,
      );
      return 2;
    }
  }
  // Stop by ourselves even if something hangs: seeding plus runs stay well inside this.
  const watchdog = setTimeout(() => {
    say('The benchmark took longer than 20 minutes; giving up.');
    process.exit(3);
  }, 20 * 60_000);
  watchdog.unref();

  let product: RunningProduct | null = null;
  let browser: Browser | null = null;
  // Interrupted: still stop the server and drop its database rather than leave them behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      say(`${signal}: stopping the server…`);
      void Promise.allSettled([browser?.close(), product?.stop()]).then(() => process.exit(130));
    });
  }
  try {
    const seedStart = Date.now();
    say(
      `Starting the built server on a fresh database with ${HISTORY_DAYS} days of demo history (${process.env['TEST_DATABASE_URL'] ? 'TEST_DATABASE_URL' : 'embedded PostgreSQL'})…`,
    );
    product = await startProduct({ demoHistoryDays: HISTORY_DAYS, readyTimeoutMs: 15 * 60_000 });
    say(`Ready at ${product.baseUrl} after ${((Date.now() - seedStart) / 1000).toFixed(1)} s.`);
    browser = await launchBrowser();
    const session = await managementSession(browser, product.baseUrl);

    const results: RunResult[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const result = await measureOnce(browser, product.baseUrl, session);
      const label = run === 0 ? 'warm-up' : `run ${run}/${RUNS}`;
      say(
        `${label}: LCP ${result.lcpMs.toFixed(0)} ms, all ${result.widgets} widgets drawn ${result.chartsMs.toFixed(0)} ms`,
      );
      if (run > 0) results.push(result);
    }
    report(results);
    return 0;
  } finally {
    await browser?.close();
    await product?.stop();
    clearTimeout(watchdog);
  }
}

/** Signs in once through the picker and keeps the session, so every run starts on the dashboard. */
async function managementSession(browser: Browser, baseUrl: string): Promise<string> {
  const context = await newContext(browser, baseUrl);
  try {
    const page = await context.newPage();
    await signIn(page, baseUrl, MANAGEMENT_PERSON);
    const session = await page.evaluate(() => sessionStorage.getItem('klankbord.session'));
    if (!session) throw new Error(`Signing in as ${MANAGEMENT_PERSON} left no session.`);
    return session;
  } finally {
    await context.close();
  }
}

/** A fresh context (empty cache) that may only talk to the product. */
async function newContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
  );
  return context;
}

async function measureOnce(browser: Browser, baseUrl: string, session: string): Promise<RunResult> {
  const context = await newContext(browser, baseUrl);
  try {
    await context.addInitScript((value: string) => {
      sessionStorage.setItem('klankbord.session', value);
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        if (last) window.__klankbordLcp = last.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    }, session);
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    // Settled: every widget left "loading"; a ready chart widget has drawn its SVG surface.
    const chartsMs = await (
      await page.waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
          if (widgets.length === 0) return false;
          const settled = widgets.every((w) => {
            const state = w.dataset['state'];
            if (state === 'loading' || state === undefined) return false;
            return (
              state !== 'ready' || w.dataset['chart'] !== 'true' || w.querySelector('svg.recharts-surface') !== null
            );
          });
          return settled ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue();
    const errors = await page.$$eval('[data-widget][data-state=error]', (nodes) =>
      nodes.map((n) => n.getAttribute('data-widget')),
    );
    if (errors.length > 0 || failures.length > 0)
      throw new Error(`The dashboard showed errors: ${[...errors, ...failures].join(', ')}`);
    // LCP entries stop once the page settles; give the last paint a frame to be reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const lcpMs = await page.evaluate(() => window.__klankbordLcp ?? Number.NaN);
    const widgets = await page.locator('[data-widget]').count();
    return { lcpMs, chartsMs: Number(chartsMs), widgets };
  } finally {
    await context.close();
  }
}

/** The value below which `share` of the sorted values fall (nearest rank). */
function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

function report(results: readonly RunResult[]): void {
  const rows = [
    ['Largest Contentful Paint', results.map((r) => r.lcpMs)],
    ['All charts drawn', results.map((r) => r.chartsMs)],
  ] as const;
  const lines = [
    `Dashboard as ${MANAGEMENT_PERSON} (management), ${results.length} cold loads, ${HISTORY_DAYS} days of demo history, target ${TARGET_MS} ms`,
  ];
  lines.push(`${'metric'.padEnd(26)}${'p50'.padStart(9)}${'p95'.padStart(9)}  verdict`);
  for (const [metric, values] of rows) {
    const p50 = percentile(values, 0.5);
    const p95 = percentile(values, 0.95);
    lines.push(
      `${metric.padEnd(26)}${`${p50.toFixed(0)} ms`.padStart(9)}${`${p95.toFixed(0)} ms`.padStart(9)}  ${p95 <= TARGET_MS ? 'within target' : p50 <= TARGET_MS ? 'p95 over target' : 'over target'}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
