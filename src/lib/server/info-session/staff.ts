import { and, asc, count, eq, inArray, notExists, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import { user } from '../db/schema-core';
import { MODULE_SLUGS, getModule } from '../../content/info-session';
import { infoSessionAnswer, infoSessionCompletion } from './schema';

/**
 * Narrows the not-completed list. The booking capability plugs in "has booked an intake" here:
 * a function that receives the applicant's id column (app_user.id) and returns a condition,
 * e.g. `(applicantId) => exists(<a booking of type intake for applicantId>)`.
 */
export interface NotCompletedFilter {
	applicant?: (applicantId: typeof user.id) => SQL;
}

export interface ApplicantWithoutInfoSession {
	id: string;
	name: string;
	email: string;
	registeredAt: Date;
	modulesDone: number;
}

const QUESTIONS_PER_MODULE = new Map<string, number>(
	MODULE_SLUGS.map((slug) => [slug, getModule('nl', slug)?.quiz.length ?? 0])
);

/**
 * Applicants of the staff member's municipality who have not confirmed the information session,
 * oldest registration first, with how many modules they have done so far.
 */
export async function listApplicantsWithoutInfoSession(
	db: Executor,
	staff: { municipalityId: string },
	filter: NotCompletedFilter = {},
	limit = 200
): Promise<ApplicantWithoutInfoSession[]> {
	const conditions = [
		eq(user.municipalityId, staff.municipalityId),
		eq(user.role, 'applicant'),
		notExists(
			db
				.select({ one: infoSessionCompletion.id })
				.from(infoSessionCompletion)
				.where(eq(infoSessionCompletion.userId, user.id))
		)
	];
	if (filter.applicant) conditions.push(filter.applicant(user.id));
	const applicants = await db
		.select({ id: user.id, name: user.name, email: user.email, registeredAt: user.createdAt })
		.from(user)
		.where(and(...conditions))
		.orderBy(asc(user.createdAt), asc(user.name))
		.limit(limit);
	const done = await modulesDoneBy(
		db,
		applicants.map((a) => a.id)
	);
	return applicants.map((a) => ({ ...a, modulesDone: done.get(a.id) ?? 0 }));
}

/** Modules with every quiz question answered, per person. */
export async function modulesDoneBy(db: Executor, userIds: string[]): Promise<Map<string, number>> {
	const done = new Map<string, number>();
	if (userIds.length === 0) return done;
	const rows = await db
		.select({
			userId: infoSessionAnswer.userId,
			module: infoSessionAnswer.module,
			answered: count().mapWith(Number)
		})
		.from(infoSessionAnswer)
		.where(inArray(infoSessionAnswer.userId, userIds))
		.groupBy(infoSessionAnswer.userId, infoSessionAnswer.module);
	for (const row of rows) {
		const needed = QUESTIONS_PER_MODULE.get(row.module);
		if (needed && row.answered >= needed) done.set(row.userId, (done.get(row.userId) ?? 0) + 1);
	}
	return done;
}
