// Starts bare-server.ts in its own process, serving `body` from memory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./bare-server.ts', import.meta.url));

export async function startBareServer(
	port: number,
	body: Uint8Array
): Promise<{ url: string; stop(): Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
	const file = join(dir, 'body.html');
	writeFileSync(file, body);
	const child = spawn(process.execPath, ['--import', 'tsx', SERVER, String(port), file], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		}
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await new Promise<void>((resolve, reject) => {
			child.stdout.on('data', (chunk: Buffer) => {
				if (chunk.toString().includes('ready')) resolve();
			});
			child.once('exit', (code) => reject(new Error(`bare server exited with code ${code}`)));
			setTimeout(() => reject(new Error('bare server did not start')), 30_000);
		});
	} catch (error) {
		await stop();
		throw error;
	}
	return { url: `http://127.0.0.1:${port}/`, stop };
}
