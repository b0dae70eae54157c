/**
 * The whole schema, as drizzle and drizzle-kit see it: the core tables plus each capability's own
 * tables (defined beside the capability, in src/lib/server/<capability>/schema.ts).
 * A capability adds one `export *` line here.
 */
export * from './schema-core';
export * from '../audit/schema';
export * from '../info-session/schema';
export * from '../diagnosis/schema';
export * from '../booking/schema';
export * from '../mail/schema';
export * from '../trajectory/schema';
export * from '../assistant/schema';
export * from '../retention/schema';
