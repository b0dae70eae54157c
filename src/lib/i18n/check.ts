/**
 * Completeness check of the interface translations: every key present in Dutch (the source) must
 * be present, non-empty and with the same {{placeholders}} in every other language.
 * Pure: takes the messages, returns the problems; scripts/i18n-check.ts feeds it the files.
 */
export type MessageTree = { [key: string]: string | MessageTree };

export function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else if (value && typeof value === 'object') {
			for (const [k, v] of flatten(value, path)) out.set(k, v);
		}
	}
	return out;
}

function placeholders(text: string): string[] {
	return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
}

export function checkTranslations(
	source: { locale: string; messages: MessageTree },
	others: { locale: string; messages: MessageTree }[]
): string[] {
	const problems: string[] = [];
	const sourceKeys = flatten(source.messages);
	for (const other of others) {
		const keys = flatten(other.messages);
		for (const [key, text] of sourceKeys) {
			const translated = keys.get(key);
			if (translated === undefined) problems.push(`${other.locale}: missing ${key}`);
			else if (!translated.trim()) problems.push(`${other.locale}: empty ${key}`);
			else if (placeholders(text).join() !== placeholders(translated).join()) {
				problems.push(
					`${other.locale}: ${key} has placeholders ${placeholders(translated).join(', ') || 'none'}, Dutch has ${placeholders(text).join(', ')}`
				);
			}
		}
		for (const key of keys.keys()) {
			if (!sourceKeys.has(key)) problems.push(`${other.locale}: ${key} is not in Dutch (stale?)`);
		}
	}
	return problems;
}
