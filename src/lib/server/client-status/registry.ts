import type { Executor } from '../db';

/**
 * Client status badges: short facts about a client that other capabilities know ("information
 * session done", "questionnaire submitted"), shown beside the client's name in staff lists such as
 * the consultant's day view. Each capability registers its own provider, so a list shows what
 * exists without knowing the other capabilities' tables.
 */
export interface ClientStatus {
	/** Translation key (in the providing capability's namespace). */
	label: string;
	params?: Record<string, string>;
	state: 'done' | 'open' | 'attention';
}

export interface ClientStatusProvider {
	/** Stable id, e.g. 'info-session'. */
	id: string;
	/** Lower comes first. */
	order: number;
	/** Translation key of the column heading. */
	title: string;
	/** One query for many clients: client id → status (absent: nothing to show). */
	load(db: Executor, clientIds: string[]): Promise<Map<string, ClientStatus>>;
}

const providers: ClientStatusProvider[] = [];

export function registerClientStatus(provider: ClientStatusProvider): void {
	if (providers.some((p) => p.id === provider.id)) return;
	providers.push(provider);
	providers.sort((a, b) => a.order - b.order);
}

export interface ClientStatusTable {
	columns: { id: string; title: string }[];
	/** client id → provider id → status */
	values: Record<string, Record<string, ClientStatus>>;
}

export async function loadClientStatuses(
	db: Executor,
	clientIds: string[]
): Promise<ClientStatusTable> {
	const ids = [...new Set(clientIds)];
	const values: ClientStatusTable['values'] = {};
	for (const id of ids) values[id] = {};
	if (ids.length > 0) {
		const loaded = await Promise.all(providers.map((p) => p.load(db, ids)));
		providers.forEach((p, i) => {
			for (const [clientId, status] of loaded[i])
				if (values[clientId]) values[clientId][p.id] = status;
		});
	}
	return { columns: providers.map((p) => ({ id: p.id, title: p.title })), values };
}
