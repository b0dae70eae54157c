import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { seedCatalogue } from './catalogue-seed';
import { getCaseload } from './caseload';
import { todayIso } from './dates';
import { getMonthlyFigures } from './figures';
import { OWN_FLAGS } from './flags';
import { seedSyntheticClients, type SyntheticResult } from './synthetic';
import { municipalityId } from './test-fixtures';

describe.each(TEST_DRIVERS)('caseload on synthetic data on %s', (driver) => {
	let database: TestDatabase;
	let lv: string;
	let seeded: SyntheticResult;
	const today = todayIso();

	beforeAll(async () => {
		database = await openTestDatabase(driver);
		lv = await municipalityId(database.db);
		await seedCatalogue(database.db, lv);
		seeded = await seedSyntheticClients(database.db, {
			municipalityId: lv,
			slug: 'test-lv',
			caseload: 400,
			today
		});
	});
	afterAll(() => database.destroy());

	it('gives each work consultant at most 90 clients, with phase, route and days in route', async () => {
		const page = await getCaseload(database.db, {
			municipalityId: lv,
			scope: { kind: 'consultant', consultantId: seeded.workConsultantIds[0] },
			pageSize: 200,
			today
		});
		expect(page.total).toBe(90);
		expect(page.rows).toHaveLength(90);
		for (const row of page.rows) {
			expect(row.phase).toBe('route');
			expect(['reintegration', 'direct_mediation']).toContain(row.route);
			expect(row.daysInRoute).toBeGreaterThanOrEqual(0);
		}
		const names = page.rows.map((r) => r.name);
		expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
	});

	it('filters on each own flag in SQL exactly as the flag rules mark the rows', async () => {
		for (const flag of OWN_FLAGS) {
			const all = await getCaseload(database.db, {
				municipalityId: lv,
				scope: { kind: 'all' },
				pageSize: 200,
				today
			});
			const everyone = [];
			for (let p = 1; p <= Math.ceil(all.total / 200); p++) {
				everyone.push(
					...(
						await getCaseload(database.db, {
							municipalityId: lv,
							scope: { kind: 'all' },
							pageSize: 200,
							page: p,
							today
						})
					).rows
				);
			}
			const filtered = await getCaseload(database.db, {
				municipalityId: lv,
				scope: { kind: 'all' },
				flag,
				pageSize: 200,
				today
			});
			const marked = everyone
				.filter((r) => r.flags.includes(flag))
				.map((r) => r.id)
				.sort();
			expect(filtered.total, flag).toBe(marked.length);
			expect(filtered.rows.map((r) => r.id).sort(), flag).toEqual(marked.slice(0, 200));
			expect(marked.length, `${flag} occurs in the synthetic data`).toBeGreaterThan(0);
		}
	});

	it('pages and sorts in SQL, and shows nothing of another municipality', async () => {
		const first = await getCaseload(database.db, {
			municipalityId: lv,
			scope: { kind: 'all' },
			sort: 'days',
			descending: true,
			pageSize: 10,
			today
		});
		const second = await getCaseload(database.db, {
			municipalityId: lv,
			scope: { kind: 'all' },
			sort: 'days',
			descending: true,
			pageSize: 10,
			page: 2,
			today
		});
		const days = [...first.rows, ...second.rows].map((r) => r.daysInRoute ?? -1);
		expect(days).toEqual([...days].sort((a, b) => b - a));
		expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(20);
		const wassenaar = await municipalityId(database.db, 'wassenaar');
		const elsewhere = await getCaseload(database.db, {
			municipalityId: wassenaar,
			scope: { kind: 'consultant', consultantId: seeded.workConsultantIds[0] },
			today
		});
		expect(elsewhere.total).toBe(0);
	});

	it('produces a year of plausible figures: in- and outflow every month, a shrinking caseload', async () => {
		const report = await getMonthlyFigures(database.db, lv, { months: 12, today });
		expect(report.months).toHaveLength(12);
		const inflow = report.months.reduce((n, m) => n + m.inflow, 0);
		const outflow = report.months.reduce((n, m) => n + m.outflowWork + m.outflowOther, 0);
		expect(inflow).toBeGreaterThan(0);
		expect(outflow).toBeGreaterThan(inflow);
		expect(report.durability.outflowWork).toBeGreaterThan(0);
		expect(report.months.at(-1)!.caseloadEnd).toBeGreaterThan(300);
	});
});
