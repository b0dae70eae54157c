import type { Component } from 'svelte';
import InfoSessionSection from './InfoSessionSection.svelte';
import QuestionnaireSection from './QuestionnaireSection.svelte';
import AssistantSection from './AssistantSection.svelte';
import BookingSection from './BookingSection.svelte';
import { trajectorySectionComponents } from './trajectory-sections';

/**
 * Components of the client-file sections, by the id their server loader registered under
 * (src/lib/server/client-file/sections.ts). A capability adds one line here.
 * Each component receives `{ t, data, client }`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const sectionComponents: Record<string, Component<any>> = {
	'info-session': InfoSessionSection,
	questionnaire: QuestionnaireSection,
	assistant: AssistantSection,
	booking: BookingSection,
	...trajectorySectionComponents
};
