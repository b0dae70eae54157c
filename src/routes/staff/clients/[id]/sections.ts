import type { Component } from 'svelte';

/**
 * Components of the client-file sections, by the id their server loader registered under
 * (src/lib/server/client-file/sections.ts). A capability adds one line here.
 * Each component receives `{ t, data, client }`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const sectionComponents: Record<string, Component<any>> = {};
