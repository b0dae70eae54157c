/**
 * The catalogue ("het mandje") as the study describes it: about 45 trajectories, from the
 * municipality's own "Focus op werk" day and job-application training to purchased coaching,
 * empowerment, language lessons, activation (sport), short vocational courses (security guard,
 * driver, sales assistant), work-learn places, trial placements, paid internships and support for
 * self-employment (Bbz), plus specific routes for young people, status holders, 50-plus and
 * sheltered work. Provider names are fictional. Prices are per participant, in euros.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { trajectory } from './schema';
import type { NewTrajectory } from './catalogue';
import type { TargetGroup, TrajectoryType } from './vocabulary';

type Row = [string, string, TrajectoryType, TargetGroup, number, number, number | null, string];

const OWN = 'Werkplein (eigen aanbod)';

// name, provider, type, target group, weeks, price (€), capacity, description
const ROWS: Row[] = [
	[
		'Focus op werk-dag',
		OWN,
		'focus_day',
		'all',
		1,
		0,
		null,
		'Eén dag met cv, sollicitatietraining en uitleg over de route.'
	],
	[
		'Sollicitatietraining',
		OWN,
		'application_training',
		'all',
		4,
		0,
		null,
		'Vier ochtenden: brief, gesprek, online solliciteren.'
	],
	[
		'De Academie',
		OWN,
		'application_training',
		'all',
		6,
		0,
		24,
		'Zes weken intensief naar werk, met werkgevers.'
	],
	[
		'Netwerken en LinkedIn',
		OWN,
		'application_training',
		'all',
		2,
		0,
		null,
		'Uw netwerk gebruiken om werk te vinden.'
	],
	[
		'Loopbaancoaching',
		'Kompas Loopbaanadvies',
		'coaching',
		'all',
		12,
		1850,
		40,
		'Individuele coaching: wat wilt en kunt u?'
	],
	[
		'Jobhunting intensief',
		'Werkstroom BV',
		'coaching',
		'all',
		8,
		2400,
		30,
		'Samen vacatures zoeken en direct solliciteren.'
	],
	[
		'Werkfit coaching',
		'Route Vooruit',
		'coaching',
		'all',
		16,
		2900,
		30,
		'Coaching bij belemmeringen zoals schulden of ritme.'
	],
	[
		'Coaching voor alleenstaande ouders',
		'Stichting Balans & Werk',
		'coaching',
		'all',
		12,
		2100,
		15,
		'Werk en zorg voor kinderen combineren.'
	],
	[
		'Sterk in je werk (empowerment)',
		'Stichting Veerkracht',
		'empowerment',
		'all',
		10,
		1600,
		24,
		'Zelfvertrouwen en regie over uw eigen leven.'
	],
	[
		'Weerbaarheid en stressreductie',
		'Praktijk Lichtpunt',
		'empowerment',
		'all',
		8,
		1400,
		16,
		'Omgaan met spanning en tegenslag.'
	],
	[
		'Nederlands op de werkvloer (A2-B1)',
		'TaalPunt Kust',
		'language',
		'all',
		26,
		2800,
		36,
		'Taalles gericht op werk, met oefenen op de werkvloer.'
	],
	[
		'Taalles intensief',
		'Taalinstituut Horizon',
		'language',
		'all',
		20,
		3200,
		24,
		'Vier dagdelen per week Nederlands.'
	],
	[
		'Digitale vaardigheden',
		'Bibliotheek Aan Zee',
		'language',
		'all',
		8,
		450,
		20,
		'Computer, e-mail, DigiD en online solliciteren.'
	],
	[
		'Sport en ritme',
		'Actief Fit Foundation',
		'activation',
		'all',
		12,
		950,
		30,
		'Sporten in een groep voor ritme en conditie.'
	],
	[
		'Dagstructuur en activering',
		'Stichting De Brug',
		'activation',
		'all',
		16,
		1300,
		20,
		'Elke dag een vast programma, stap voor stap.'
	],
	[
		'Beveiliger 2 (mbo-2)',
		'Veiligheidsopleidingen West',
		'vocational_course',
		'all',
		16,
		3400,
		16,
		'Opleiding tot beveiliger met diploma.'
	],
	[
		'Chauffeur C/CE met code 95',
		'Transportschool Randstad',
		'vocational_course',
		'all',
		14,
		4500,
		12,
		'Rijbewijs vrachtwagen en vakbekwaamheid.'
	],
	[
		'Verkoopmedewerker retail',
		'Retail Academie Zuid-Holland',
		'vocational_course',
		'all',
		10,
		1900,
		20,
		'Korte opleiding verkoop en kassa.'
	],
	[
		'Heftruckcertificaat',
		'Logistiek Leerbedrijf',
		'vocational_course',
		'all',
		1,
		600,
		12,
		'Praktijkexamen heftruck.'
	],
	[
		'VCA-basis',
		'Logistiek Leerbedrijf',
		'vocational_course',
		'all',
		1,
		350,
		20,
		'Veiligheidsdiploma voor bouw en techniek.'
	],
	[
		'Schoonmaak (SVS)',
		'Schoonmaakopleidingen Nederland',
		'vocational_course',
		'all',
		6,
		800,
		20,
		'Vakdiploma schoonmaak.'
	],
	[
		'Horeca-assistent',
		'Horeca Leerhuis',
		'vocational_course',
		'all',
		12,
		2200,
		16,
		'Keuken en bediening, met stage.'
	],
	[
		'Helpende zorg en welzijn',
		'ZorgOpleidingen Haaglanden',
		'vocational_course',
		'all',
		26,
		3900,
		16,
		'Opleiding helpende (mbo-2) met leerwerkplek.'
	],
	[
		'Orderpicker en magazijn',
		'Logistiek Leerbedrijf',
		'vocational_course',
		'all',
		4,
		900,
		20,
		'Magazijnwerk met scanner en veiligheid.'
	],
	[
		'Taxichauffeur',
		'Transportschool Randstad',
		'vocational_course',
		'all',
		8,
		2600,
		10,
		'Chauffeurskaart en taxidiploma.'
	],
	[
		'Leerwerkplek logistiek',
		'Werkgeversnetwerk Kust',
		'work_learn_place',
		'all',
		26,
		2500,
		20,
		'Leren en werken in een magazijn, met begeleiding.'
	],
	[
		'Leerwerkplek groen',
		'Groenbedrijf De Linde',
		'work_learn_place',
		'all',
		26,
		2300,
		12,
		'Werken in het groen, met werkmeester.'
	],
	[
		'Leerwerkplek horeca',
		'Horeca Leerhuis',
		'work_learn_place',
		'all',
		26,
		2400,
		12,
		'Meewerken in een leerrestaurant.'
	],
	[
		'Proefplaatsing',
		OWN,
		'trial_placement',
		'all',
		8,
		0,
		null,
		'Twee maanden met behoud van uitkering bij een werkgever.'
	],
	[
		'Betaalde stage',
		'Werkgeversnetwerk Kust',
		'paid_internship',
		'all',
		13,
		1500,
		15,
		'Stage met vergoeding, op weg naar een contract.'
	],
	[
		'Jobcoaching op de werkplek',
		'JobcoachPlus',
		'job_coaching',
		'all',
		26,
		3000,
		30,
		'Begeleiding in de eerste maanden van nieuw werk.'
	],
	[
		'Oriëntatie ondernemerschap (Bbz)',
		'Ondernemersloket Haaglanden',
		'self_employment',
		'all',
		8,
		1200,
		12,
		'Onderzoek of een eigen bedrijf haalbaar is.'
	],
	[
		'Jongerenroute: terug naar school',
		'Jongerenloket Kust',
		'education',
		'young_people',
		26,
		1800,
		25,
		'Voor jongeren tot 27 zonder startkwalificatie.'
	],
	[
		'Entree-opleiding (mbo-1)',
		'ROC Kust en Stad',
		'education',
		'young_people',
		40,
		2200,
		20,
		'Eerste stap naar een diploma.'
	],
	[
		'Jongerencoaching Next Step',
		'Stichting Next Step',
		'coaching',
		'young_people',
		16,
		2000,
		20,
		'Coaching voor jongeren bij werk of school.'
	],
	[
		'50+ Werkt!',
		'Ervaring Werkt BV',
		'coaching',
		'over_50',
		16,
		2200,
		20,
		'Netwerktraject voor 50-plussers.'
	],
	[
		'Brugklas statushouders',
		'Stichting Nieuw Begin',
		'language',
		'status_holders',
		20,
		2600,
		24,
		'Langer voortraject: taal en oriëntatie op werk.'
	],
	[
		'Taalstage met jobcoach',
		'TaalPunt Kust',
		'work_learn_place',
		'status_holders',
		26,
		3100,
		20,
		'Nederlands leren op de werkvloer, met jobcoach.'
	],
	[
		'Basisvaardigheden: post, geld en ritme',
		'Stichting Nieuw Begin',
		'activation',
		'status_holders',
		10,
		1100,
		20,
		'Post openen, geld, afspraken, een vast ritme.'
	],
	[
		'Module Arbeidsmarkt en Participatie (MAP)',
		'Inburgeringshuis Kust',
		'education',
		'status_holders',
		12,
		1700,
		30,
		'Werk en meedoen in Nederland (inburgering).'
	],
	[
		'Voorbereiding beschut werk',
		'Werkbedrijf De Schakel',
		'work_learn_place',
		'sheltered_work',
		26,
		3500,
		10,
		'Wennen aan werken met aanpassingen.'
	],
	[
		'Banenafspraak: jobcarving',
		'Werkgeversservicepunt',
		'job_coaching',
		'sheltered_work',
		13,
		1800,
		10,
		'Een passende functie maken bij een werkgever.'
	],
	[
		'Vrijwilligerswerk-match',
		'Vrijwilligerscentrale',
		'participation_activity',
		'participation',
		8,
		250,
		null,
		'Een passende vrijwilligersplek vinden.'
	],
	[
		'Activering in de wijk',
		'Buurtwerk Samen',
		'participation_activity',
		'participation',
		26,
		700,
		40,
		'Meedoen in de buurt: koffieochtend, moestuin, klussen.'
	],
	[
		'Ondersteuning mantelzorgers',
		'Mantelzorgpunt',
		'participation_activity',
		'participation',
		12,
		300,
		null,
		'Steun voor wie zorgt voor een naaste.'
	],
	// Retired after the quality officers' review: too few reached work.
	[
		'Motivatietraining Groep',
		'Trainingsbureau Impuls',
		'empowerment',
		'all',
		6,
		1200,
		20,
		'Groepstraining motivatie (niet meer ingekocht).'
	],
	[
		'Klassikale sollicitatiecursus extern',
		'Werkstroom BV',
		'application_training',
		'all',
		6,
		1100,
		20,
		'Vervangen door de eigen sollicitatietraining.'
	]
];

const RETIRED = new Set(['Motivatietraining Groep', 'Klassikale sollicitatiecursus extern']);

export function catalogueSeed(): (NewTrajectory & { status: 'active' | 'retired' })[] {
	return ROWS.map(
		([name, provider, type, targetGroup, durationWeeks, euros, capacity, description]) => ({
			name,
			provider,
			type,
			targetGroup,
			durationWeeks,
			costCents: euros * 100,
			capacity,
			description,
			status: RETIRED.has(name) ? 'retired' : 'active'
		})
	);
}

/** Loads the catalogue into a municipality (idempotent: existing names are left alone). */
export async function seedCatalogue(db: Executor, municipalityId: string): Promise<void> {
	await db
		.insert(trajectory)
		.values(catalogueSeed().map((row) => ({ ...row, municipalityId })))
		.onConflictDoNothing();
}

/** The same for many municipalities at once, set-based (scale seed). */
export async function seedCatalogueForAll(db: Executor, municipalityIds: string[]): Promise<void> {
	const rows = catalogueSeed();
	const json = JSON.stringify(rows);
	await db.execute(sql`insert into trajectory (municipality_id, name, provider, type, target_group,
			description, duration_weeks, cost_cents, capacity, status)
		select m.id, r.name, r.provider, r.type, r."targetGroup", r.description, r."durationWeeks",
			r."costCents", r.capacity, r.status
		from unnest(${`{${municipalityIds.join(',')}}`}::uuid[]) as m(id)
		cross join jsonb_to_recordset(${json}::jsonb) as r(name text, provider text, type text,
			"targetGroup" text, description text, "durationWeeks" int, "costCents" int, capacity int,
			status text)
		on conflict do nothing`);
}
