// The machine a run happened on, for bench/RESULTS.md.
import { cpus, totalmem } from 'node:os';
import postgres from 'postgres';

export interface Machine {
	cpu: string;
	cores: number;
	ramGb: number;
	node: string;
	postgres: string;
	loadAtStart: string;
}

/** `loadAtStart`: os.loadavg() taken when the run began. */
export async function describeMachine(
	databaseUrl: string,
	loadAtStart: number[]
): Promise<Machine> {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	try {
		const [row] = await sql<{ v: string }[]>`select current_setting('server_version') as v`;
		return {
			cpu: cpus()[0]?.model.trim() ?? 'unknown',
			cores: cpus().length,
			ramGb: Math.round(totalmem() / 2 ** 30),
			node: process.version,
			postgres: row.v.split(' ')[0],
			loadAtStart: loadAtStart.map((n) => n.toFixed(2)).join(' / ')
		};
	} finally {
		await sql.end();
	}
}
