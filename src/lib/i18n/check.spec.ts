import { describe, expect, it } from 'vitest';
import { checkTranslations } from './check';

describe('translation check', () => {
	const nl = { auth: { title: 'Inloggen', hello: 'Hallo {{name}}' } };

	it('passes a complete translation', () => {
		expect(
			checkTranslations({ locale: 'nl', messages: nl }, [
				{ locale: 'en', messages: { auth: { title: 'Log in', hello: 'Hello {{name}}' } } }
			])
		).toEqual([]);
	});

	it('reports missing, empty, stale keys and lost placeholders', () => {
		const problems = checkTranslations({ locale: 'nl', messages: nl }, [
			{ locale: 'ar', messages: { auth: { title: ' ', extra: 'x' } } },
			{ locale: 'ti', messages: { auth: { title: 'ኣእቱ', hello: 'ሰላም' } } }
		]);
		expect(problems).toEqual([
			'ar: empty auth.title',
			'ar: missing auth.hello',
			'ar: auth.extra is not in Dutch (stale?)',
			'ti: auth.hello has placeholders none, Dutch has name'
		]);
	});
});
