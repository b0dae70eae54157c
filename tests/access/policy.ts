import {
	CLIENT_PERSONAS,
	LV_STAFF,
	PERSONAS,
	STAFF_ROLE,
	isClient,
	isLvStaff,
	isStaff,
	type Asker,
	type Persona,
	type StaffPersona
} from './personas';

/**
 * The access policy of every route and form action, as the access matrix (tests/access-matrix.e2e.ts)
 * checks it over HTTP. Every route id of src/routes must have an entry, every GET (page or
 * endpoint), every named action and every other endpoint method must say what each persona gets:
 * a new route fails the matrix until someone classifies it here.
 */

/** What one persona must get. */
export type Expect =
	/** 200 with the page or file; any `shows` text present, nobody else's personal data. */
	| 'data'
	/** For actions: past the guards, an answer of the action itself: 200, 400 (validation), 429, or 303 to a place other than the login page. */
	| 'ok'
	/** 303 to /login?redirectTo=<this address>. */
	| 'login'
	/** 403 and nobody's personal data. */
	| 'forbidden'
	/** 404 and nobody's personal data (someone else's id, another municipality's person or slot). */
	| 'notFound'
	/** 303 to an address matching this pattern (e.g. the logged-in person's home). */
	| { redirect: RegExp }
	/** Not requested for this persona, for the reason given. */
	| { skip: string };

export type Rule = Partial<Record<Persona, Expect>>;

/** What the matrix knows when it fills routes and checks contents. */
export interface Facts {
	/** A's booked information session (booking id). */
	appointment: string;
	/** A's logged job application (id). */
	jobApplication: string;
	/** User ids: the demo client (Leidschendam-Voorburg) and applicant A. */
	clientId: string;
	applicantAId: string;
	/** The Leidschendam-Voorburg information session A booked. */
	slot: string;
	module: string;
	section: string;
	topic: string;
	topicLocale: string;
	/** The health question as the demo client's file shows it (nl), only to roles that need it. */
	healthQuestion: string;
	/** A new key for an authenticator and its current code (the pending session tries to enrol it). */
	forgedFactor: () => { key: string; code: string };
	/** A's question handed over to a consultant (id). */
	handoff: string;
	/** Text only A (and A's municipality's staff) may see: a job application's employer, a questionnaire answer, a handed-over question. */
	markers: { employer: string; dreamJob: string; question: string };
	/** Name, e-mail and other text only this person (and their municipality's staff) may see. */
	people: Record<
		(typeof CLIENT_PERSONAS)[number],
		{ name: string; email: string; secrets: string[] }
	>;
}

export interface Check {
	who: Rule;
	/** Text a `data` answer must contain for this persona (e.g. the client's name on their file). */
	shows?: (facts: Facts, persona: Persona) => string[];
	/** Text the answer must not contain for this persona, on top of other people's data. */
	hides?: (facts: Facts, persona: Persona) => string[];
}

export interface ActionCheck extends Check {
	/** Form fields to post (default: none, which gives most actions a 400 from validation). */
	form?: (facts: Facts) => Record<string, string>;
	/** A JSON body instead of a form (endpoints). */
	json?: unknown;
	/** Route parameters for this action, when they differ from the route's. */
	params?: (facts: Facts) => Record<string, string>;
	/** Runs after every other check, because it changes what they look at. */
	last?: boolean;
	/** Posted from a new session of the persona, because it ends that session. */
	freshSession?: boolean;
}

export interface RoutePolicy {
	/** May be absent from the route tree (a route another change adds). */
	optional?: boolean;
	params?: (facts: Facts) => Record<string, string>;
	/** The page's load, or the endpoint's GET. */
	get?: Check;
	/** Named form actions (`default` for an unnamed one). */
	actions?: Record<string, ActionCheck>;
	/** Endpoint methods other than GET. */
	methods?: Record<string, ActionCheck>;
}

/** Groups for writing rules: a persona's own entry wins over `lvStaff`/`staff`, then `clients`, `loggedIn`, `all`. */
type Spec = Partial<Record<Persona | 'all' | 'loggedIn' | 'clients' | 'staff' | 'lvStaff', Expect>>;

export function who(spec: Spec): Rule {
	const rule: Rule = {};
	for (const persona of PERSONAS) {
		const expect =
			spec[persona] ??
			(isLvStaff(persona) ? spec.lvStaff : undefined) ??
			(isStaff(persona) ? spec.staff : undefined) ??
			(isClient(persona) ? spec.clients : undefined) ??
			(persona !== 'anonymous' ? spec.loggedIn : undefined) ??
			spec.all;
		if (expect) rule[persona] = expect;
	}
	return rule;
}

/** Staff personas whose role is in `roles` get `yes`, the other staff `no`. */
function staffWith(roles: readonly string[], yes: Expect, no: Expect = 'forbidden'): Spec {
	const spec: Spec = {};
	for (const persona of [...LV_STAFF, 'otherMunicipality'] as StaffPersona[]) {
		spec[persona] = roles.includes(STAFF_ROLE[persona]) ? yes : no;
	}
	return spec;
}

// The role lists the routes use (src/lib/server/**); repeated here on purpose: the matrix checks
// the behaviour, so a changed list in the code fails here until the policy is changed knowingly.
const ALL_STAFF = [
	'work_consultant',
	'income_consultant',
	'account_manager',
	'quality_officer',
	'administrator'
];
const ADMIN = ['administrator'];
const AUDITORS = ['quality_officer', 'administrator'];
const FIGURES = ['quality_officer', 'administrator'];
const CATALOGUE_EDITORS = ['quality_officer', 'administrator'];
const ASSISTANT_EDITORS = ['quality_officer', 'administrator'];
const HANDOFF_STAFF = ['work_consultant', 'income_consultant', 'quality_officer', 'administrator'];
const SLOT_PLANNERS = ['work_consultant', 'income_consultant', 'administrator'];
const DECIDING = ['work_consultant', 'quality_officer'];
const ASSIGNING = ['work_consultant', 'income_consultant', 'quality_officer'];
const HEALTH: readonly Persona[] = ['work_consultant', 'income_consultant', 'quality_officer'];

const HOME_CLIENT = { redirect: /^\/my$/ };
const HOME_STAFF = { redirect: /^\/staff$/ };
const TO_LOGIN = { redirect: /^\/login$/ };
const LOGGED_OUT_EVERYWHERE = { redirect: /^\/login\?loggedOutEverywhere=1$/ };

/** Public: everyone gets the page. */
const PUBLIC: Check = { who: who({ all: 'data' }) };
/** Applicants and clients only. */
const CLIENTS_ONLY = (yes: Expect = 'data'): Rule =>
	who({ anonymous: 'login', clients: yes, staff: 'forbidden' });
/** Staff only (of the given roles); applicants and clients 403. */
const STAFF_ONLY = (roles: readonly string[] = ALL_STAFF, yes: Expect = 'data'): Rule =>
	who({ anonymous: 'login', clients: 'forbidden', ...staffWith(roles, yes) });
/** Staff of the person's own municipality only: the other municipality's consultant gets 404. */
const OWN_MUNICIPALITY = (roles: readonly string[] = ALL_STAFF, yes: Expect = 'data'): Rule => ({
	...STAFF_ONLY(roles, yes),
	otherMunicipality: roles.includes('work_consultant') ? 'notFound' : 'forbidden'
});
/** Every logged-in person; anonymous visitors to the login page. */
const LOGGED_IN = (yes: Expect = 'data'): Rule => who({ anonymous: 'login', loggedIn: yes });

const NOT_FOR_SHARED_STAFF_SESSION =
	'ends the demo staff session that other test files reuse (test-results/.sessions); a staff login costs a one-time TOTP code';
const CLIENT_ID = (f: Facts) => ({ id: f.clientId });
const MINE = (f: Facts, persona: Persona) =>
	isClient(persona) ? [f.people[persona as keyof Facts['people']].email] : [];

export const POLICY: Record<string, RoutePolicy> = {
	'/': { get: PUBLIC },
	'/accessibility': { get: PUBLIC },
	'/privacy': { get: PUBLIC },
	'/healthz': { get: PUBLIC },
	'/readyz': { get: PUBLIC },
	'/theme.css': { get: PUBLIC },
	// Static page a reverse proxy serves during maintenance (prerendered).
	'/maintenance': { optional: true, get: PUBLIC },

	// ---- Logging in and out ----
	'/login': {
		get: { who: who({ anonymous: 'data', clients: HOME_CLIENT, staff: HOME_STAFF }) },
		actions: { default: { who: who({ all: 'ok' }) } }
	},
	'/login/two-factor': {
		get: { who: who({ anonymous: TO_LOGIN, clients: HOME_CLIENT, staff: HOME_STAFF }) },
		// Only a session waiting for its second factor may answer; everyone else back to /login.
		actions: { default: { who: who({ all: TO_LOGIN }) } }
	},
	'/login/two-factor/recovery': {
		get: { who: who({ all: TO_LOGIN }) },
		actions: { default: { who: who({ all: TO_LOGIN }) } }
	},
	'/login/two-factor/setup': {
		get: { who: who({ anonymous: TO_LOGIN, loggedIn: 'data' }) },
		actions: { default: { who: who({ anonymous: TO_LOGIN, loggedIn: 'ok' }) } }
	},
	'/logout': {
		get: { who: who({ anonymous: { redirect: /^\/$/ }, loggedIn: 'data' }) },
		actions: {
			default: {
				who: who({
					anonymous: 'ok',
					clients: 'ok',
					staff: { skip: NOT_FOR_SHARED_STAFF_SESSION }
				}),
				freshSession: true,
				last: true
			}
		}
	},
	'/register': {
		get: { who: who({ anonymous: 'data', clients: HOME_CLIENT, staff: HOME_STAFF }) },
		actions: { default: { who: who({ all: 'ok' }) } }
	},
	'/account': {
		get: { who: LOGGED_IN() },
		actions: {
			password: { who: LOGGED_IN('ok') },
			logoutEverywhere: {
				who: who({
					anonymous: 'login',
					applicantA: LOGGED_OUT_EVERYWHERE,
					applicantB: LOGGED_OUT_EVERYWHERE,
					client: {
						skip: 'ends every session of the demo client, also those of other test files running now'
					},
					staff: { skip: NOT_FOR_SHARED_STAFF_SESSION }
				}),
				freshSession: true,
				last: true
			},
			// Staff must keep their second factor: the action itself refuses with 403.
			disableTwoFactor: { who: who({ anonymous: 'login', clients: 'ok', staff: 'forbidden' }) }
		}
	},

	// ---- Own data ----
	'/my': {
		get: {
			who: CLIENTS_ONLY(),
			shows: (f, p) => (isClient(p) ? [f.people[p as keyof Facts['people']].name] : [])
		},
		actions: { askToWork: { who: CLIENTS_ONLY('ok') } }
	},
	'/my/data': { get: { who: LOGGED_IN(), shows: MINE } },
	'/my/data/download': { get: { who: LOGGED_IN(), shows: MINE } },
	'/my/job-applications': {
		get: {
			who: CLIENTS_ONLY(),
			shows: (f, p) => (p === 'applicantA' ? [f.markers.employer] : [])
		},
		actions: { log: { who: CLIENTS_ONLY('ok') }, result: { who: CLIENTS_ONLY('ok') } }
	},

	// ---- Appointments (A has a booked information session) ----
	'/appointments': {
		get: {
			who: CLIENTS_ONLY(),
			shows: (f, p) => (p === 'applicantA' ? [`/appointments/${f.appointment}/cancel`] : [])
		}
	},
	'/appointments/book': {
		get: { who: CLIENTS_ONLY() },
		actions: { book: { who: CLIENTS_ONLY('ok') }, move: { who: CLIENTS_ONLY('ok') } }
	},
	'/appointments/[id]/calendar.ics': {
		params: (f) => ({ id: f.appointment }),
		get: {
			who: who({
				anonymous: 'login',
				applicantA: 'data',
				applicantB: 'notFound',
				client: 'notFound',
				staff: 'forbidden'
			}),
			shows: () => ['BEGIN:VCALENDAR']
		}
	},
	'/appointments/[id]/cancel': {
		params: (f) => ({ id: f.appointment }),
		get: {
			who: who({
				anonymous: 'login',
				applicantA: 'data',
				applicantB: 'notFound',
				client: 'notFound',
				staff: 'forbidden'
			}),
			shows: () => ['name="reason"']
		},
		actions: {
			// A valid form, so the booking is looked up: only A can cancel it (last: it is gone then).
			default: {
				who: who({
					anonymous: 'login',
					applicantA: 'ok',
					applicantB: 'notFound',
					client: 'notFound',
					staff: 'forbidden'
				}),
				form: () => ({ reason: 'other', note: 'access matrix' }),
				last: true
			}
		}
	},

	// ---- Information session (public; confirming needs an applicant or client) ----
	'/info-session': { get: PUBLIC },
	'/info-session/[module]': { params: (f) => ({ module: f.module }), get: PUBLIC },
	'/info-session/[module]/quiz': {
		params: (f) => ({ module: f.module }),
		get: PUBLIC,
		actions: { default: { who: who({ all: 'ok' }) } }
	},
	'/info-session/confirm': {
		// Not logged in: the page asks to log in or register (progress is kept in a cookie).
		get: { who: who({ anonymous: 'data', clients: 'data', staff: 'forbidden' }) },
		actions: { default: { who: CLIENTS_ONLY('ok') } }
	},
	'/info-session/summary': {
		get: {
			who: who({
				anonymous: 'login',
				// A and B have not confirmed the session yet; the demo client has.
				applicantA: { redirect: /^\/info-session\/confirm$/ },
				applicantB: { redirect: /^\/info-session\/confirm$/ },
				client: 'data',
				staff: 'forbidden'
			})
		}
	},

	// ---- Questionnaire (A saved an answer; the demo client submitted) ----
	'/questionnaire': { get: { who: CLIENTS_ONLY() } },
	'/questionnaire/how-it-works': { get: PUBLIC },
	'/questionnaire/[section]': {
		params: (f) => ({ section: f.section }),
		get: {
			who: who({
				anonymous: 'login',
				applicantA: 'data',
				applicantB: 'data',
				client: { redirect: /^\/questionnaire$/ },
				staff: 'forbidden'
			}),
			shows: (f, p) => (p === 'applicantA' ? [f.markers.dreamJob] : [])
		},
		actions: { default: { who: CLIENTS_ONLY('ok') } }
	},
	'/questionnaire/review': {
		get: {
			who: who({
				anonymous: 'login',
				applicantA: 'data',
				applicantB: { redirect: /^\/questionnaire\/situation$/ },
				client: { redirect: /^\/questionnaire$/ },
				staff: 'forbidden'
			}),
			shows: (f, p) => (p === 'applicantA' ? [f.markers.dreamJob] : [])
		},
		actions: { default: { who: CLIENTS_ONLY('ok') } }
	},

	// ---- FAQ assistant (public; handing a question over needs an applicant or client) ----
	'/assistant': {
		get: PUBLIC,
		actions: {
			ask: { who: who({ all: 'ok' }) },
			topic: { who: who({ all: 'ok' }) },
			feedback: { who: who({ all: 'ok' }) },
			handoff: { who: who({ anonymous: 'login', clients: 'ok', staff: 'forbidden' }) },
			clear: { who: who({ all: 'ok' }) }
		}
	},
	'/api/assistant': { methods: { POST: { who: who({ all: 'ok' }), json: {} } } },

	// ---- Staff ----
	'/staff': { get: { who: STAFF_ONLY() } },
	'/staff/admin/users': {
		get: { who: STAFF_ONLY(ADMIN) },
		actions: {
			resetTwoFactor: { who: STAFF_ONLY(ADMIN, 'ok') },
			create: { who: STAFF_ONLY(ADMIN, 'ok') }
		}
	},
	'/staff/assistant': { get: { who: STAFF_ONLY() } },
	'/staff/assistant/[slug]/[locale]': {
		params: (f) => ({ slug: f.topic, locale: f.topicLocale }),
		get: { who: STAFF_ONLY() },
		actions: { default: { who: STAFF_ONLY(ASSISTANT_EDITORS, 'ok') } }
	},
	'/staff/assistant/handoffs': {
		get: {
			who: STAFF_ONLY(HANDOFF_STAFF),
			shows: (f, p) => (isLvStaff(p) ? [f.markers.question] : [])
		},
		actions: { handled: { who: STAFF_ONLY(HANDOFF_STAFF, 'ok') } }
	},
	'/staff/audit': { get: { who: STAFF_ONLY(AUDITORS) } },
	'/staff/catalogue': {
		get: { who: STAFF_ONLY() },
		actions: {
			create: { who: STAFF_ONLY(CATALOGUE_EDITORS, 'ok') },
			// The action's own answer to an empty or unknown trajectory id is a 404 with a message.
			status: { who: STAFF_ONLY(CATALOGUE_EDITORS, 'notFound') }
		}
	},
	'/staff/catalogue/outcomes.csv': { get: { who: STAFF_ONLY() } },
	'/staff/clients': {
		// The other municipality's consultant gets a list too, without our people (checked on content).
		get: { who: STAFF_ONLY() }
	},
	'/staff/clients/[id]': {
		params: CLIENT_ID,
		get: {
			who: OWN_MUNICIPALITY(),
			// Health answers (special-category data) only for the roles that guide the person.
			shows: (f, p) => [
				f.people.client.name,
				f.people.client.email,
				...(HEALTH.includes(p) ? [f.healthQuestion] : [])
			],
			hides: (f, p) => (HEALTH.includes(p) ? [] : [f.healthQuestion])
		}
	},
	'/staff/clients/[id]/category': {
		params: CLIENT_ID,
		get: { who: OWN_MUNICIPALITY(DECIDING), shows: (f) => [f.people.client.name] },
		actions: { default: { who: OWN_MUNICIPALITY(DECIDING, 'ok') } }
	},
	'/staff/clients/[id]/trajectory': {
		params: CLIENT_ID,
		get: { who: OWN_MUNICIPALITY(), shows: (f) => [f.people.client.name] },
		// Every staff role reaches these actions; an empty form is refused by validation (400)
		// before the domain checks the role (see the probes for a valid form).
		actions: {
			phase: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			consultant: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			// No fields: it acts at once, so it is aimed at applicant A, never at the demo client.
			takeOn: {
				who: OWN_MUNICIPALITY(ASSIGNING, 'ok'),
				params: (f) => ({ id: f.applicantAId })
			},
			assignTrajectory: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			outcome: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			agreement: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			note: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			conversation: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			propose: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			declineRequest: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			buddy: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') },
			settle: { who: OWN_MUNICIPALITY(ALL_STAFF, 'ok') }
		}
	},
	'/staff/day': { get: { who: STAFF_ONLY() } },
	'/staff/figures': {
		get: { who: STAFF_ONLY(FIGURES) },
		actions: { target: { who: STAFF_ONLY(FIGURES, 'ok') } }
	},
	'/staff/figures/monthly.csv': { get: { who: STAFF_ONLY(FIGURES) } },
	'/staff/figures/weekly.csv': { get: { who: STAFF_ONLY(FIGURES) } },
	'/staff/info-session': { get: { who: STAFF_ONLY() } },
	'/staff/info-session/not-completed': { get: { who: STAFF_ONLY() } },
	'/staff/outbox': { get: { who: STAFF_ONLY() } },
	'/staff/questionnaires': { get: { who: STAFF_ONLY() } },
	'/staff/slots': {
		get: { who: STAFF_ONLY() },
		actions: { create: { who: STAFF_ONLY(SLOT_PLANNERS, 'ok') } }
	},
	'/staff/slots/[id]': {
		params: (f) => ({ id: f.slot }),
		get: {
			who: OWN_MUNICIPALITY(),
			shows: (f) => [f.people.applicantA.name]
		},
		actions: Object.fromEntries(
			['edit', 'cancel', 'talks', 'attendance', 'bookFor'].map((name) => [
				name,
				{ who: OWN_MUNICIPALITY(SLOT_PLANNERS, 'ok') }
			])
		)
	}
};

/**
 * Targeted requests with a valid form, where an empty form would stop at validation before the
 * ownership check: someone else's booking, job application, slot or client must still be refused.
 */
export interface Probe {
	persona: Asker;
	/** 0: with the pages (default for GET), 1: with the actions (default for POST), 2: after them. */
	phase?: 0 | 1 | 2;
	method: 'GET' | 'POST';
	path: (facts: Facts) => string;
	form?: (facts: Facts) => Record<string, string>;
	expect: Expect;
	/** Text that must not be in the answer, on top of other people's names and e-mail addresses. */
	hides?: (facts: Facts) => string[];
	/** The route whose page decides what the persona may see anyway (a refusal shown on that page). */
	route?: string;
	why: string;
}

const TO_SECOND_FACTOR = { redirect: /^\/login\/two-factor(\?|$)/ };

export const PROBES: Probe[] = [
	// Password given, second factor not: nothing of the staff side, and no way around the factor.
	{
		persona: 'pendingStaff',
		method: 'GET',
		path: () => '/staff',
		expect: TO_SECOND_FACTOR,
		why: 'a session with only the password opens the staff home'
	},
	{
		persona: 'pendingStaff',
		method: 'GET',
		path: (f) => `/staff/clients/${f.clientId}`,
		expect: TO_SECOND_FACTOR,
		why: "a session with only the password opens a client's file"
	},
	{
		persona: 'pendingStaff',
		method: 'GET',
		path: () => '/appointments',
		expect: 'login',
		why: 'a session with only the password opens the appointments'
	},
	{
		persona: 'pendingStaff',
		method: 'GET',
		path: () => '/login/two-factor/setup',
		expect: TO_SECOND_FACTOR,
		why: 'a session with only the password opens the enrolment of a new authenticator'
	},
	{
		persona: 'pendingStaff',
		method: 'POST',
		phase: 0,
		path: () => '/login/two-factor/setup',
		form: (f) => f.forgedFactor(),
		expect: TO_SECOND_FACTOR,
		why: 'a session with only the password enrols its own authenticator instead of the real one'
	},
	{
		persona: 'pendingStaff',
		method: 'GET',
		phase: 2,
		path: () => '/staff',
		expect: TO_SECOND_FACTOR,
		why: 'after all that, the session with only the password is still not in'
	},
	{
		persona: 'applicantB',
		method: 'GET',
		path: (f) => `/appointments/book?move=${f.appointment}`,
		expect: 'notFound',
		why: "B opens the move page for A's booking"
	},
	{
		persona: 'applicantB',
		method: 'POST',
		path: () => '/appointments/book?/move',
		form: (f) => ({ bookingId: f.appointment, slotId: f.slot }),
		expect: 'notFound',
		why: "B moves A's booking"
	},
	{
		persona: 'applicantB',
		method: 'POST',
		path: () => '/my/job-applications?/result',
		form: (f) => ({ applicationId: f.jobApplication, result: 'hired' }),
		expect: 'notFound',
		why: "B changes the result of A's job application"
	},
	{
		persona: 'otherMunicipality',
		method: 'POST',
		path: (f) => `/staff/slots/${f.slot}?/cancel`,
		form: () => ({ reason: 'access matrix: must be refused' }),
		expect: 'notFound',
		why: "the other municipality's consultant cancels our information session"
	},
	{
		persona: 'otherMunicipality',
		method: 'POST',
		path: (f) => `/staff/slots/${f.slot}?/bookFor`,
		form: (f) => ({ email: f.people.applicantB.email }),
		expect: 'notFound',
		why: "the other municipality's consultant books our applicant into our session"
	},
	{
		persona: 'otherMunicipality',
		method: 'POST',
		path: (f) => `/staff/clients/${f.clientId}/trajectory?/note`,
		form: () => ({ body: 'access matrix: must be refused' }),
		expect: 'notFound',
		why: "the other municipality's consultant writes a note in our client's file"
	},
	{
		persona: 'otherMunicipality',
		method: 'GET',
		// (Not the full name: the search field shows what was typed.)
		path: () => '/staff/clients?q=Jansen',
		expect: 'data',
		hides: (f) => [f.clientId],
		why: "the other municipality's consultant searches for our client by name"
	},
	{
		persona: 'otherMunicipality',
		method: 'POST',
		path: () => '/staff/assistant/handoffs?/handled',
		form: (f) => ({ id: f.handoff }),
		expect: 'notFound',
		why: "the other municipality's consultant marks our applicant's handed-over question handled"
	},
	{
		persona: 'administrator',
		method: 'POST',
		route: '/staff/clients/[id]/trajectory',
		path: (f) => `/staff/clients/${f.clientId}/trajectory?/note`,
		form: () => ({ body: 'access matrix: must be refused' }),
		expect: 'forbidden',
		why: 'an administrator (accounts, not cases) writes a note in a client file'
	},
	{
		persona: 'account_manager',
		method: 'POST',
		route: '/staff/clients/[id]/category',
		path: (f) => `/staff/clients/${f.clientId}/category`,
		form: () => ({ choice: 'accept', basedOn: '0' }),
		expect: 'forbidden',
		why: "an account manager decides a client's category"
	}
];
