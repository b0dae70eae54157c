/**
 * A national-scale synthetic dataset for measuring (npm run db:seed:scale): extra municipalities
 * with a realistic spread of sizes (a few large cities, many small towns), each with the
 * catalogue, synthetic clients (synthetic.ts) and, when booking's tables exist, about ten
 * appointments per client. Everything is set-based SQL, one municipality at a time.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { queryRows } from '../db/sql';
import { seedCatalogueForAll } from './catalogue-seed';
import { DEFAULT_YEARLY_TARGET } from './figures';
import { seedSyntheticClients } from './synthetic';

export const SCALE_SLUG_PREFIX = 'schaal-';

/**
 * Splits `total` people on benefit over `count` municipalities by a Zipf-like law (the largest a
 * few percent of the country, the smallest a few dozen people), largest first.
 */
export function municipalitySizes(total: number, count: number): number[] {
	const weights = Array.from({ length: count }, (_, i) => 1 / (i + 1) ** 0.9);
	const sum = weights.reduce((a, b) => a + b, 0);
	const sizes = weights.map((w) => Math.max(20, Math.round((w / sum) * total)));
	const diff = total - sizes.reduce((a, b) => a + b, 0);
	sizes[0] += diff;
	return sizes;
}

export async function isScaleSeeded(db: Executor): Promise<boolean> {
	const [row] = await queryRows<{ n: number | string }>(
		db,
		sql`select count(*) as n from municipality where slug like ${SCALE_SLUG_PREFIX + '%'}`
	);
	return Number(row.n) > 0;
}

/** Creates the synthetic municipalities (with one location each) and returns them, largest first. */
export async function createScaleMunicipalities(db: Executor, count: number) {
	const rows = await queryRows<{ id: string; slug: string }>(
		db,
		sql`insert into municipality (slug, name, phone, opening_hours, website_url)
			select ${SCALE_SLUG_PREFIX}::text || lpad(g.k::text, 3, '0'), 'Schaalgemeente ' || g.k,
				'14 0' || lpad(g.k::text, 3, '0'),
				'{"nl":"Maandag tot en met vrijdag van 9.00 tot 17.00 uur"}'::jsonb,
				'https://example.org/' || g.k
			from generate_series(1, ${count}::int) as g(k)
			order by g.k
			returning id, slug`
	);
	await db.execute(sql`insert into location (municipality_id, name, address)
		select m.id, 'Stadhuis', 'Raadhuisplein 1'
		from municipality m where m.slug like ${SCALE_SLUG_PREFIX + '%'}`);
	return rows.sort((a, b) => a.slug.localeCompare(b.slug));
}

export async function seedCatalogueAndTargets(db: Executor, municipalityIds: string[]) {
	await seedCatalogueForAll(db, municipalityIds);
	await db.execute(sql`insert into caseload_target (municipality_id, yearly_net_reduction)
		select m.id, ${DEFAULT_YEARLY_TARGET}::int from unnest(${`{${municipalityIds.join(',')}}`}::uuid[]) as m(id)
		on conflict do nothing`);
}

/**
 * One municipality in one transaction. As a superuser the load skips foreign-key triggers
 * (session_replication_role = replica): the rows are generated consistent, and checking millions
 * of references one row at a time is most of the work otherwise.
 */
export async function seedScaleMunicipality(
	db: Executor,
	place: { id: string; slug: string },
	caseload: number,
	options: { today: string; appointments: number; bulk: boolean }
) {
	return db.transaction(async (tx) => {
		await tx.execute(sql`set local synchronous_commit = off`);
		if (options.bulk) await tx.execute(sql`set local session_replication_role = replica`);
		const result = await seedSyntheticClients(tx, {
			municipalityId: place.id,
			slug: place.slug,
			caseload,
			applicants: Math.round(caseload * 0.02),
			today: options.today
		});
		if (options.appointments > 0) {
			await seedScaleAppointments(tx, place.id, place.slug, options.appointments);
		}
		return result;
	});
}

/** Whether this connection may skip foreign-key triggers during the bulk load. */
export async function canBulkLoad(db: Executor): Promise<boolean> {
	const [row] = await queryRows<{ super: boolean }>(
		db,
		sql`select rolsuper as super from pg_roles where rolname = current_user`
	);
	return row?.super === true;
}

export async function bookingTablesExist(db: Executor): Promise<boolean> {
	const rows = await queryRows<{ name: string }>(
		db,
		sql`select table_name as name from information_schema.tables
			where table_schema = 'public' and table_name in ('slot', 'booking')`
	);
	return rows.length === 2;
}

/**
 * About ten appointments per client of one municipality, in booking's tables: an information
 * session, a short talk and an intake at the start, then conversations every few months; half of
 * the people on benefit have one coming up. Each appointment gets its own one-person slot, so
 * booking's capacity and "one active booking per type" rules hold.
 */
export async function seedScaleAppointments(
	db: Executor,
	municipalityId: string,
	slug: string,
	perClient = 10
) {
	if (!/^[0-9a-f-]{36}$/i.test(municipalityId)) throw new Error('municipality id expected');
	if (!/^[a-z0-9-]+$/.test(slug)) throw new Error('slug expected');
	const n = Math.max(1, Math.floor(perClient));
	await db.transaction(async (tx) => {
		await tx.execute(sql.raw('drop table if exists scale_appointment'));
		// CREATE TABLE AS takes no bind parameters: the two values are checked and inlined.
		await tx.execute(
			sql.raw(`create temp table scale_appointment as
			select gen_random_uuid() as slot_id, gen_random_uuid() as booking_id, c.user_id,
				c.consultant_id, k.k,
				(case when k.k = 1 then 'info_session' when k.k = 2 then 'talk'
					when k.k = 3 then 'intake' else 'income' end)::slot_type as type,
				case when k.k = ${n} and c.on_benefit and c.n % 2 = 0
					then now() + make_interval(days => 1 + (c.n % 28)::int, hours => 1 + (c.n % 7)::int)
					else c.since + make_interval(days => (k.k - 1) * 45 + (c.n % 20)::int) end as starts_at,
				k.k = ${n} and c.on_benefit and c.n % 2 = 0 as upcoming
			from (
				select u.id as user_id, a.consultant_id, u.created_at as since,
					cp.phase = 'route' as on_benefit,
					row_number() over (order by u.id) as n
				from app_user u
				left join consultant_assignment a on a.client_id = u.id and a.ended_at is null
				left join client_phase cp on cp.client_id = u.id and cp.is_current
				where u.municipality_id = '${municipalityId}'::uuid and u.role in ('applicant', 'client')
					and u.email like '${slug}.%@synthetisch.example.org'
			) c
			cross join generate_series(1, ${n}) as k(k)`)
		);
		// Past appointments stay in the past.
		await tx.execute(
			sql.raw(`delete from scale_appointment where not upcoming and starts_at > now()`)
		);
		await tx.execute(sql`insert into slot (id, municipality_id, type, location_id, consultant_id,
				starts_at, ends_at, capacity, booked, status, created_at, updated_at)
			select s.slot_id, ${municipalityId}::uuid, s.type,
				(select l.id from location l where l.municipality_id = ${municipalityId}::uuid limit 1),
				s.consultant_id, s.starts_at, s.starts_at + interval '45 minutes', 1,
				case when s.upcoming then 1 else 0 end, 'open', s.starts_at - interval '14 days', now()
			from scale_appointment s`);
		await tx.execute(sql`insert into booking (id, municipality_id, slot_id, user_id, type, status,
				ics_uid, attendance, created_at, updated_at)
			select s.booking_id, ${municipalityId}::uuid, s.slot_id, s.user_id, s.type,
				(case when s.upcoming then 'active' else 'closed' end)::booking_status,
				'scale-' || s.booking_id || '@werk-en-inkomen.portal',
				(case when s.upcoming then null when (s.k + length(s.user_id::text)) % 11 = 0 then 'no_show'
					else 'attended' end)::booking_attendance,
				s.starts_at - interval '14 days', now()
			from scale_appointment s`);
		await tx.execute(sql.raw('drop table scale_appointment'));
	});
}
