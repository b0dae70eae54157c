import type { SubmitFunction } from '@sveltejs/kit';

/**
 * With JavaScript: after the conversation changed, bring the newest turn into view (the page does
 * not reload, so the browser would otherwise stay where it was). Without JavaScript the forms'
 * `#latest` fragment does the same.
 */
export function showLatest(onPending?: (pending: boolean) => void): SubmitFunction {
	return () => {
		onPending?.(true);
		return async ({ update }) => {
			await update();
			onPending?.(false);
			document.getElementById('latest')?.scrollIntoView({ block: 'start' });
		};
	};
}
