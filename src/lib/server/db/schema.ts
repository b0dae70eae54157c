/**
 * The whole schema, as drizzle and drizzle-kit see it: the core tables plus each capability's own
 * tables (defined beside the capability, in src/lib/server/<capability>/schema.ts).
 * A capability adds one `export *` line here.
 */
export * from './schema-core';
export * from '../audit/schema';
