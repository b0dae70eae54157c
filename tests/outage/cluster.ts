/**
 * A private PostgreSQL cluster for the outage test: its own data folder, port and socket folder,
 * so stopping it never touches the machine's shared cluster. Trust authentication, local only.
 * initdb refuses to run as root, so as root every server command runs as the `postgres` user.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type StopMode = 'fast' | 'immediate';

function findBinDir(): string {
	const fromEnv = process.env.PG_BIN_DIR;
	if (fromEnv) return fromEnv;
	const base = '/usr/lib/postgresql';
	const versions = existsSync(base)
		? readdirSync(base)
				.filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
				.sort((a, b) => Number(a) - Number(b))
		: [];
	if (versions.length > 0) return join(base, versions[versions.length - 1], 'bin');
	const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
	if (pgConfig.status === 0 && existsSync(join(pgConfig.stdout.trim(), 'initdb')))
		return pgConfig.stdout.trim();
	throw new Error(
		'No PostgreSQL server binaries found (initdb): install postgresql or set PG_BIN_DIR.'
	);
}

function idOf(flag: '-u' | '-g', name: string): number {
	const result = spawnSync('id', [flag, name], { encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`running as root needs a '${name}' user: ${result.stderr}`);
	return Number(result.stdout.trim());
}

export class PrivateCluster {
	readonly bin = findBinDir();
	readonly data: string;
	readonly log: string;
	private readonly asRoot = process.getuid?.() === 0;

	constructor(
		/** A folder of its own (made by the caller); data, socket and log live in it. */
		readonly folder: string,
		readonly port: number
	) {
		this.data = join(folder, 'data');
		this.log = join(folder, 'postgresql.log');
		if (this.asRoot) chownSync(folder, idOf('-u', 'postgres'), idOf('-g', 'postgres'));
	}

	url(database: string): string {
		return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
	}

	/** Runs a server binary (as `postgres` when we are root); throws with its output on failure. */
	private run(tool: string, args: string[], timeoutMs = 120_000): string {
		const command = join(this.bin, tool);
		const [file, argv] = this.asRoot
			? ['runuser', ['-u', 'postgres', '--', command, ...args]]
			: [command, args];
		const result = spawnSync(file, argv, {
			encoding: 'utf8',
			timeout: timeoutMs,
			cwd: this.folder
		});
		if (result.status !== 0) {
			throw new Error(
				`${tool} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`
			);
		}
		return result.stdout;
	}

	/** Is something already answering on our port? (Another run left behind, or a clash.) */
	portInUse(): boolean {
		const probe = spawnSync(join(this.bin, 'pg_isready'), [
			'-h',
			'127.0.0.1',
			'-p',
			String(this.port)
		]);
		// 0: accepting, 1: rejecting (starting up / shutting down), 2: no response.
		return probe.status === 0 || probe.status === 1;
	}

	init(): void {
		this.run('initdb', [
			'-D',
			this.data,
			'-U',
			'postgres',
			'-A',
			'trust',
			'-E',
			'UTF8',
			'--locale=C',
			'--no-sync',
			'--no-instructions'
		]);
	}

	start(): void {
		const options = [
			`-p ${this.port}`,
			`-k ${this.folder}`,
			'-c listen_addresses=127.0.0.1',
			'-c max_connections=60',
			// fsync only matters when the machine itself crashes; process crashes (pg_ctl stop
			// -m immediate) keep every committed transaction. synchronous_commit stays on: with it
			// off, a confirmed booking could be lost on an immediate stop.
			'-c fsync=off'
		].join(' ');
		this.run('pg_ctl', ['start', '-D', this.data, '-l', this.log, '-w', '-t', '60', '-o', options]);
	}

	stop(mode: StopMode): void {
		this.run('pg_ctl', ['stop', '-D', this.data, '-m', mode, '-w', '-t', '60']);
	}

	/** Best effort, for clean-up: stop whatever state the cluster is in. */
	stopQuietly(): void {
		try {
			if (existsSync(join(this.data, 'postmaster.pid'))) this.stop('immediate');
		} catch {
			// already stopped
		}
	}
}
