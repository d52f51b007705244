import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124224616_Initial } from './Migration20261124224616_initial.js';

/** Every migration in order. Add new ones at the end (create them with `pnpm db:migration:create`). */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124224616_initial', class: Migration20261124224616_Initial },
];
