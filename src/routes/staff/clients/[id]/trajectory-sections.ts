import type { Component } from 'svelte';
import type { ActionForm } from '$lib/components/form/action-form';
import TrajectoryRouteSection from './TrajectoryRouteSection.svelte';
import TrajectoryModulesSection from './TrajectoryModulesSection.svelte';
import JobApplicationsSection from './JobApplicationsSection.svelte';
import ParticipationSection from './ParticipationSection.svelte';
import NotesSection from './NotesSection.svelte';

/** What a trajectory form action sends back when it fails: which form, its values and errors. */
export type SectionForm = ActionForm;

/** The trajectory's client-file sections, by the ids registered in trajectory/client-file-section.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const trajectorySectionComponents: Record<string, Component<any>> = {
	'trajectory-route': TrajectoryRouteSection,
	'trajectory-modules': TrajectoryModulesSection,
	'trajectory-job-applications': JobApplicationsSection,
	'trajectory-participation': ParticipationSection,
	'trajectory-notes': NotesSection
};
