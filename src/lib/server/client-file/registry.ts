/**
 * Imports each capability's client-file section so it registers itself.
 * A capability adds one import line here.
 */
export {};
