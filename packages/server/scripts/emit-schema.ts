import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAppSchema, printAppSchema } from '../src/graphql/schema.js';

/** Writes schema.graphql from the resolvers (`pnpm codegen`). A test fails when it is stale. */
const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, printAppSchema(await buildAppSchema()));
process.stderr.write(`Wrote ${target}\n`);
