import type { TestProject } from 'vitest/node';
import { startProduct } from './product-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Starts the real, built product for the browser tests, with 30 days of demo data (enough, and quick to seed). */
export default async function setup(project: TestProject) {
  const product = await startProduct({ demoHistoryDays: 30 });
  project.provide('baseUrl', product.baseUrl);
  return product.stop;
}
