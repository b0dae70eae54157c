/**
 * Demo questionnaires (never in production): a draft, two submitted ones with a decision (one
 * accepting the estimate, one overriding it with a reason), and one awaiting review by an extra
 * applicant, wachtend@example.org. Saved through the same functions as the app, then dated back.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../db';
import type { User } from '../db/schema-core';
import { createAccount, getMunicipalityBySlug, getUserByEmail } from '../auth/accounts';
import { registerDemoSeeder } from '../demo/seed';
import { DEMO_PASSWORD } from '../demo/accounts';
import { getSections } from './definition';
import { postedFromAnswers } from './section-form';
import { saveSection, submitQuestionnaire } from './responses';
import { recordCategoryDecision } from './decisions';
import { categoryDecision, diagnosisResult, questionnaireResponse } from './schema';
import type { Answers } from './types';

export const WAITING_DEMO_EMAIL = 'wachtend@example.org';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Estimate 17 months: 1C, reintegration (accepted by the consultant). */
const CLIENT_ANSWERS: Answers = {
	age_band: '27_49',
	household: 'partner_children',
	children_under_5: 'no',
	housing_stable: 'yes',
	education_level: 'lower_secondary',
	education_country: 'netherlands',
	months_since_work: '24_60',
	sectors: 'Magazijn en bezorging, orderpicker en chauffeur bestelbus',
	longest_job: 'gt24',
	dream_job: 'Chauffeur bij een bouwbedrijf',
	dutch_level: 'b2_plus',
	digital_email: 'with_help',
	digital_forms: 'with_help',
	digital_computer_work: 'a_little',
	health_consent: 'yes',
	health_limits: 'no',
	hours_available: '24_31',
	driving_licence: 'no',
	own_transport: 'bicycle_or_scooter',
	travel_time: '15_30',
	worries: ['debts'],
	wants_work: 'yes',
	hours_wanted: '32',
	help_needed: 'Hulp bij het halen van mijn rijbewijs en bij mijn schulden.'
};

/** Estimate 29 months: 2A, participation; the consultant chose 1C with a reason. */
const STATUS_HOLDER_ANSWERS: Answers = {
	age_band: '27_49',
	household: 'single_parent',
	children_under_5: 'yes',
	childcare_arranged: 'partly',
	housing_stable: 'yes',
	education_level: 'higher',
	education_country: 'abroad',
	diploma_evaluated: 'no',
	months_since_work: 'gt60',
	sectors: 'تدريس الرياضيات في مدرسة ثانوية في حلب',
	longest_job: 'gt24',
	dream_job: 'معلمة رياضيات أو مساعدة في مدرسة',
	dutch_level: 'a1',
	other_languages: 'العربية، الإنجليزية',
	digital_email: 'yes',
	digital_forms: 'with_help',
	digital_computer_work: 'a_little',
	health_consent: 'discuss_with_consultant',
	hours_available: '12_23',
	driving_licence: 'no',
	own_transport: 'public_transport',
	travel_time: '15_30',
	worries: ['care_duties'],
	wants_work: 'yes',
	hours_wanted: '24',
	help_needed: 'دروس اللغة الهولندية ومكان في الحضانة لابني'
};

/** Estimate 26 months: 2A, participation; awaiting review. */
const WAITING_ANSWERS: Answers = {
	age_band: 'lt27',
	household: 'with_others',
	children_under_5: 'no',
	housing_stable: 'yes',
	education_level: 'primary',
	education_country: 'abroad',
	diploma_evaluated: 'no_diploma',
	months_since_work: 'never',
	dream_job: 'ኣብ ሆቴል ወይ ቤት መግቢ ምስራሕ',
	dutch_level: 'a2',
	other_languages: 'ትግርኛ፡ ዓረብኛ',
	digital_email: 'with_help',
	digital_forms: 'no',
	digital_computer_work: 'no',
	health_consent: 'yes',
	health_limits: 'no',
	hours_available: 'gte32',
	driving_licence: 'no',
	own_transport: 'bicycle_or_scooter',
	travel_time: '30_60',
	worries: ['none'],
	wants_work: 'yes',
	hours_wanted: '32',
	help_needed: 'ናይ ሆላንድ ቋንቋ ትምህርቲን ስራሕ ምድላይን'
};

async function answer(db: Executor, person: User, answers: Answers, sectionIds?: string[]) {
	for (const section of getSections()) {
		if (sectionIds && !sectionIds.includes(section.id)) continue;
		await saveSection(db, person, section, postedFromAnswers(section, answers), 'complete');
	}
}

/** Submits and moves the dates back, so lists and "waiting" look like real use. */
async function submitDaysAgo(db: Executor, person: User, locale: string, days: number) {
	const submitted = await submitQuestionnaire(db, person, locale);
	if (!submitted.ok) throw new Error(`demo questionnaire of ${person.email}: ${submitted.reason}`);
	const at = new Date(Date.now() - days * DAY_MS);
	await db
		.update(questionnaireResponse)
		.set({ startedAt: new Date(at.getTime() - 2 * DAY_MS), updatedAt: at, submittedAt: at })
		.where(eq(questionnaireResponse.userId, person.id));
	await db
		.update(diagnosisResult)
		.set({ createdAt: at })
		.where(eq(diagnosisResult.id, submitted.result.id));
}

async function decideDaysAgo(db: Executor, id: string, days: number) {
	const at = new Date(Date.now() - days * DAY_MS);
	await db.update(categoryDecision).set({ createdAt: at }).where(eq(categoryDecision.id, id));
}

registerDemoSeeder(async (db, people) => {
	const consultant = people.workConsultant;
	const asClient = (user: User) => ({ ...user, role: user.role as 'applicant' | 'client' });

	// Sanne (applicant): two sections answered, continues later.
	await answer(
		db,
		people.applicant,
		{
			age_band: '27_49',
			household: 'single_parent',
			children_under_5: 'yes',
			childcare_arranged: 'no',
			housing_stable: 'yes',
			education_level: 'upper_secondary',
			education_country: 'netherlands'
		},
		['situation', 'education']
	);

	// Mark (client): submitted three weeks ago; the consultant accepted 1C, reintegration.
	await answer(db, people.client, CLIENT_ANSWERS);
	await submitDaysAgo(db, people.client, 'nl', 21);
	const accepted = await recordCategoryDecision(db, consultant, asClient(people.client), {
		choice: 'accept',
		basedOn: 0,
		reason: ''
	});
	if (accepted.ok) await decideDaysAgo(db, accepted.decision.id, 14);

	// Rania (status holder): answered in Arabic; the estimate said 2A, the consultant chose 1C.
	await answer(db, people.statusHolder, STATUS_HOLDER_ANSWERS);
	await submitDaysAgo(db, people.statusHolder, 'ar', 12);
	const overridden = await recordCategoryDecision(db, consultant, asClient(people.statusHolder), {
		choice: 'other',
		basedOn: 0,
		category: '1C',
		route: 'reintegration',
		reason:
			'Was docent wiskunde in Syrië (hbo). Volgt een intensief taaltraject; met een taalstage en ' +
			'een jobcoach is werk binnen 2 jaar haalbaar. Kinderopvang wordt nu geregeld.'
	});
	if (overridden.ok) await decideDaysAgo(db, overridden.decision.id, 5);

	// Selam (extra applicant): submitted in Tigrinya three days ago, awaiting review.
	const place = await getMunicipalityBySlug(db, 'leidschendam-voorburg');
	if (!place) throw new Error('demo municipality leidschendam-voorburg missing');
	// Reused if the account is ever added to the shared demo accounts (demo/accounts.ts).
	const waiting =
		(await getUserByEmail(db, WAITING_DEMO_EMAIL)) ??
		(await createAccount(db, {
			email: WAITING_DEMO_EMAIL,
			name: 'Selam Tesfamariam',
			password: DEMO_PASSWORD,
			role: 'applicant',
			municipalityId: place.id,
			preferredLocale: 'ti',
			isStatusHolder: true
		}));
	await answer(db, waiting, WAITING_ANSWERS);
	await submitDaysAgo(db, waiting, 'ti', 3);
});
