/**
 * CSV exports (RFC 4180: comma-separated, quoted where needed, CRLF), with a byte-order mark so
 * spreadsheet programs read the UTF-8 (Arabic names, ë) correctly. Text that starts like a formula
 * is prefixed with an apostrophe, so a cell never runs as a formula in a spreadsheet.
 */
export type Cell = string | number | null | undefined;

function escape(cell: Cell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
	return '\uFEFF' + [header, ...rows].map((row) => row.map(escape).join(',')).join('\r\n') + '\r\n';
}

export function csvResponse(filename: string, body: string): Response {
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
}
