import { describe, expect, it } from 'vitest';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';
import { personalDataErasers, personalDataSources } from '../privacy/export';
import '../privacy/registry';
import { ACTOR_COLUMNS, KEPT_COLUMNS } from './coverage';

/** Every `table.column` in the schema that references app_user. */
function columnsPointingAtPeople(): string[] {
	const found: string[] = [];
	for (const value of Object.values(schema)) {
		if (!is(value, PgTable)) continue;
		const config = getTableConfig(value);
		for (const fk of config.foreignKeys) {
			const ref = fk.reference();
			if (getTableConfig(ref.foreignTable).name !== 'app_user') continue;
			for (const column of ref.columns) found.push(`${config.name}.${column.name}`);
		}
	}
	return found.sort();
}

describe('retention covers every personal-data source', () => {
	it('every source of the /my/data export can forget the person', () => {
		const sources = personalDataSources();
		expect(sources.length).toBeGreaterThanOrEqual(5);
		for (const source of sources) {
			expect(typeof source.forget, `${source.id} has no forget()`).toBe('function');
			expect(source.personColumns.length, `${source.id} lists no personColumns`).toBeGreaterThan(0);
		}
	});

	it('every column pointing at a person is erased or anonymised by a source, or listed as actor / kept', () => {
		const all = columnsPointingAtPeople();
		expect(all).toContain('questionnaire_response.user_id');
		const handled = personalDataErasers().flatMap((e) => e.personColumns);
		const known = new Set([...handled, ...ACTOR_COLUMNS, ...KEPT_COLUMNS]);
		const forgotten = all.filter((c) => !known.has(c));
		expect(forgotten, 'columns pointing at app_user that no retention handler covers').toEqual([]);
		// The lists name real columns only, each in one place.
		const listed = [...handled, ...ACTOR_COLUMNS, ...KEPT_COLUMNS];
		expect(listed.filter((c) => !all.includes(c))).toEqual([]);
		expect(new Set(listed).size).toBe(listed.length);
	});
});
