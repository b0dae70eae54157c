/**
 * A deliberately tiny Markdown renderer for the assistant's answers (which staff can edit).
 *
 * Everything is HTML-escaped first; then only this survives as markup:
 *   **bold**            → <strong>
 *   a line break        → <br>; an empty line starts a new paragraph
 *   [text](href)        → <a href>, only for https: URLs and same-site paths ("/my", not "//x")
 * Anything else (raw HTML, images, javascript:/data: links, protocol-relative links) stays
 * visible as plain text. The output is safe for {@html}.
 */

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const CONTROL_OR_SPACE =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
	/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * A link target we render: an absolute https: URL, or a path on this site. Relative paths must
 * start with a single "/" (not "//" or "/\", which browsers treat as another host).
 */
export function isSafeHref(href: string): boolean {
	if (!href || href.length > 2000 || CONTROL_OR_SPACE.test(href)) return false;
	if (href.startsWith('/')) return !href.startsWith('//') && !href.startsWith('/\\');
	if (!/^https:\/\//i.test(href)) return false;
	try {
		const url = new URL(href);
		return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
	} catch {
		return false;
	}
}

/** Whether a safe href leaves this site (for rel and a visual hint). */
export function isExternalHref(href: string): boolean {
	return !href.startsWith('/');
}

/** [text](href): text without brackets or line breaks, href without spaces or parentheses. */
export const MARKDOWN_LINK = /\[([^[\]\n]{1,300})\]\(([^()\s]{1,2000})\)/g;

/** The link targets of a Markdown text. */
export function linkTargets(source: string): string[] {
	return [...String(source ?? '').matchAll(MARKDOWN_LINK)].map((m) => m[2]);
}

/** Inline markup of one line: links and bold; everything else escaped. */
function renderInline(line: string): string {
	let out = '';
	let last = 0;
	for (const m of line.matchAll(MARKDOWN_LINK)) {
		const [whole, text, href] = m;
		const start = m.index ?? 0;
		out += renderBold(line.slice(last, start));
		if (isSafeHref(href)) {
			const rel = isExternalHref(href) ? ' rel="noopener noreferrer"' : '';
			out += `<a href="${escapeHtml(href)}"${rel}>${renderBold(text)}</a>`;
		} else {
			out += renderBold(whole);
		}
		last = start + whole.length;
	}
	return out + renderBold(line.slice(last));
}

function renderBold(text: string): string {
	// Split first, escape each part: the markers themselves never pass through escaping twice.
	const parts = text.split(/\*\*(?=\S)([^*\n]*?\S)\*\*/);
	return parts
		.map((part, i) => (i % 2 === 1 ? `<strong>${escapeHtml(part)}</strong>` : escapeHtml(part)))
		.join('');
}

export function renderMarkdown(source: string): string {
	const text = String(source ?? '')
		.replace(/\r\n?/g, '\n')
		.trim();
	if (!text) return '';
	return text
		.split(/\n{2,}/)
		.map((para) => `<p>${para.split('\n').map(renderInline).join('<br>')}</p>`)
		.join('');
}

/** The answer as plain text (no markup at all), e.g. for a handoff or a log. */
export function markdownToText(source: string): string {
	return String(source ?? '')
		.replace(MARKDOWN_LINK, '$1')
		.replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1');
}
