/**
 * Imports each capability's demo seeder so it registers itself (see registerDemoSeeder).
 * A capability adds one line here.
 */
export {};
