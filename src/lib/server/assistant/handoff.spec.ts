import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DRIVERS, type TestDatabase } from '../db/testing';
import { loadClientFileSections } from '../client-file/sections';
import type { ClientRecord } from '../client-file/access';
import type { User } from '../db/schema-core';
import type { SessionUser } from '../auth/session';
import { handOffQuestion, listHandoffsForStaff, markHandoffHandled } from './handoff';
import { makePerson } from './test-fixtures';
import './client-file-section';

function asClient(u: User): ClientRecord {
	return { ...u, role: u.role as 'client' };
}

/** The signed-in staff member as the client file sees them (only id, role, municipality matter). */
function asViewer(u: User): SessionUser {
	return u as unknown as SessionUser;
}

describe.each(TEST_DRIVERS)('handoff to a consultant (%s)', (driver) => {
	let t: TestDatabase;
	let client: User;
	let consultant: User;
	let consultantElsewhere: User;
	let accountManager: User;
	beforeAll(async () => {
		t = await openTestDatabase(driver);
		client = await makePerson(t.db, 'client');
		consultant = await makePerson(t.db, 'work_consultant');
		consultantElsewhere = await makePerson(t.db, 'work_consultant', 'wassenaar');
		accountManager = await makePerson(t.db, 'account_manager');
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('stores the question and conversation scrubbed, for the client’s municipality', async () => {
		const h = await handOffQuestion(t.db, client, {
			question: 'Mag ik bij mijn broer wonen? Bel me op 06-12345678',
			locale: 'nl',
			conversation: [{ question: 'mijn IBAN is NL91ABNA0417164300', topic: null }]
		});
		const list = await listHandoffsForStaff(t.db, consultant);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({
			id: h.id,
			clientId: client.id,
			clientName: client.name,
			question: 'Mag ik bij mijn broer wonen? Bel me op [telefoon]',
			conversation: [{ question: 'mijn IBAN is [IBAN]', topic: null }],
			status: 'open'
		});
		// The same question again within minutes is not a second handoff.
		const again = await handOffQuestion(t.db, client, {
			question: 'Mag ik bij mijn broer wonen? Bel me op 06-12345678',
			locale: 'nl',
			conversation: []
		});
		expect(again.id).toBe(h.id);
	});

	it('is visible to consultants of the same municipality only', async () => {
		expect(await listHandoffsForStaff(t.db, consultantElsewhere)).toEqual([]);
		expect(await listHandoffsForStaff(t.db, accountManager)).toEqual([]);
		const file = await loadClientFileSections({
			db: t.db,
			client: asClient(client),
			viewer: asViewer(consultant),
			locale: 'nl'
		});
		const section = file.find((s) => s.id === 'assistant')?.data as { handoffs: unknown[] };
		expect(section.handoffs).toHaveLength(1);
		const forManager = await loadClientFileSections({
			db: t.db,
			client: asClient(client),
			viewer: asViewer(accountManager),
			locale: 'nl'
		});
		expect(forManager.find((s) => s.id === 'assistant')).toBeUndefined();
	});

	it('is marked handled by the same municipality only, once', async () => {
		const [h] = await listHandoffsForStaff(t.db, consultant);
		expect(await markHandoffHandled(t.db, consultantElsewhere, h.id)).toBeNull();
		expect(await markHandoffHandled(t.db, consultant, h.id)).toEqual({ clientId: client.id });
		expect(await markHandoffHandled(t.db, consultant, h.id)).toBeNull();
		expect(await listHandoffsForStaff(t.db, consultant, { status: 'open' })).toEqual([]);
		const [handled] = await listHandoffsForStaff(t.db, consultant);
		expect(handled).toMatchObject({ status: 'handled', handledByName: consultant.name });
	});

	it('refuses staff accounts as senders', async () => {
		await expect(
			handOffQuestion(t.db, consultant, { question: 'x', locale: 'nl', conversation: [] })
		).rejects.toThrow();
	});
});
