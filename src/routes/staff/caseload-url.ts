/** Builds caseload addresses that keep the current filters (sort links, paging). */
export function caseloadHref(
	current: object,
	change: Record<string, string | number | boolean | undefined>
): string {
	const merged = { ...current, ...change } as Record<string, unknown>;
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(merged)) {
		if (value === undefined || value === '' || value === false) continue;
		if (key === 'descending') {
			query.set('dir', 'desc');
			continue;
		}
		if (key === 'page' && Number(value) === 1) continue;
		query.set(key, String(value));
	}
	const text = query.toString();
	return text ? `/staff?${text}#caseload` : '/staff#caseload';
}
