import { describe, expect, it } from 'vitest';
import { escapeHtml, isSafeHref, markdownToText, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders bold, links, line breaks and paragraphs', () => {
		expect(renderMarkdown('Vraag het aan via **werk.nl**.')).toBe(
			'<p>Vraag het aan via <strong>werk.nl</strong>.</p>'
		);
		expect(renderMarkdown('Zie [Rijksoverheid](https://www.rijksoverheid.nl/bijstand).')).toBe(
			'<p>Zie <a href="https://www.rijksoverheid.nl/bijstand" rel="noopener noreferrer">Rijksoverheid</a>.</p>'
		);
		expect(renderMarkdown('Ga naar [uw overzicht](/my).')).toBe(
			'<p>Ga naar <a href="/my">uw overzicht</a>.</p>'
		);
		expect(renderMarkdown('regel 1\nregel 2\n\nalinea 2')).toBe(
			'<p>regel 1<br>regel 2</p><p>alinea 2</p>'
		);
		expect(renderMarkdown('[**vet**](/my)')).toBe('<p><a href="/my"><strong>vet</strong></a></p>');
	});

	it('keeps Arabic and Tigrinya text and their links', () => {
		const html = renderMarkdown(
			'تجد المبالغ على موقع [Rijksoverheid](https://www.rijksoverheid.nl).'
		);
		expect(html).toContain('<a href="https://www.rijksoverheid.nl" rel="noopener noreferrer">');
		expect(html).toContain('تجد المبالغ');
	});

	it.each([
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
		[
			'**<b onmouseover="x">hi</b>**',
			'<strong>&lt;b onmouseover=&quot;x&quot;&gt;hi&lt;/b&gt;</strong>'
		],
		['[klik](javascript:alert(1))', '[klik](javascript:alert(1))'],
		['[klik](JaVaScRiPt:alert(1))', '[klik](JaVaScRiPt:alert(1))'],
		['[klik](data:text/html;base64,PHNjcmlwdD4=)', '[klik](data:text/html;base64,PHNjcmlwdD4=)'],
		['[klik](vbscript:msgbox)', '[klik](vbscript:msgbox)'],
		['[klik](http://example.org)', '[klik](http://example.org)'],
		['[klik](//evil.example)', '[klik](//evil.example)'],
		['[klik](/\\evil.example)', '[klik](/\\evil.example)'],
		['[klik](https://a.nl/"onmouseover="alert(1))', null],
		[
			'[<img src=x>](https://a.nl)',
			'<a href="https://a.nl" rel="noopener noreferrer">&lt;img src=x&gt;</a>'
		],
		[
			'[x](https://a.nl/?q=<script>)',
			'<a href="https://a.nl/?q=&lt;script&gt;" rel="noopener noreferrer">x</a>'
		],
		['&#106;avascript:alert(1)', '&amp;#106;avascript:alert(1)'],
		['[x](&#106;avascript:alert(1))', '[x](&amp;#106;avascript:alert(1))'],
		["' onfocus='alert(1)", '&#39; onfocus=&#39;alert(1)'],
		['[x](https://user:pw@evil.example)', '[x](https://user:pw@evil.example)']
	])('neutralises %s', (input, expected) => {
		const html = renderMarkdown(input);
		if (expected !== null) expect(html).toBe(`<p>${expected}</p>`);
		// Whatever else: no tag but the allowed ones, no event handler or script URL as markup.
		const tags = [...html.matchAll(/<\/?([a-z]+)/gi)].map((m) => m[1].toLowerCase());
		expect(tags.every((tag) => ['p', 'br', 'strong', 'a'].includes(tag))).toBe(true);
		expect(html).not.toMatch(/<a [^>]*href="(?!https:\/\/|\/(?![/\\]))/);
		expect(html).not.toMatch(/<[^>]+\son\w+=/i);
	});

	it('a quote inside an accepted URL cannot leave the attribute', () => {
		const html = renderMarkdown('[x](https://a.nl/"><script>alert(1)</script>)');
		expect(html).not.toContain('<script>');
		expect(html).not.toMatch(/href="[^"]*"[^>]*"/);
	});

	it('renders nothing for empty input', () => {
		expect(renderMarkdown('')).toBe('');
		expect(renderMarkdown('   \n  ')).toBe('');
	});
});

describe('isSafeHref', () => {
	it.each([
		['https://www.werk.nl', true],
		['HTTPS://WWW.WERK.NL', true],
		['/my', true],
		['/info-session/duties', true],
		['http://www.werk.nl', false],
		['//werk.nl', false],
		['/\\werk.nl', false],
		['javascript:alert(1)', false],
		[' https://werk.nl', false],
		['https://werk.nl/a b', false],
		['https://\u202ewerk.nl', false],
		['mailto:a@b.nl', false],
		['', false]
	])('%s → %s', (href, safe) => {
		expect(isSafeHref(href)).toBe(safe);
	});
});

describe('helpers', () => {
	it('escapes the five HTML characters', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
	});
	it('turns Markdown into plain text', () => {
		expect(markdownToText('Zie **dit** en [Rijksoverheid](https://x.nl).')).toBe(
			'Zie dit en Rijksoverheid.'
		);
	});
});
