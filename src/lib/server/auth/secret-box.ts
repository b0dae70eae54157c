import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { config } from '../config';

/**
 * AES-256-GCM for small secrets at rest (TOTP keys). The key comes from SECRET_KEY (base64, 32
 * bytes; required in production). Outside production a key file is made once
 * (SECRET_KEY_FILE, default ./data/secret.key) so a demo works without setup.
 */
let cachedKey: Buffer | undefined;

function encryptionKey(): Buffer {
	if (cachedKey) return cachedKey;
	const fromEnv = process.env.SECRET_KEY;
	if (fromEnv) {
		const key = Buffer.from(fromEnv, 'base64');
		if (key.length !== 32) throw new Error('SECRET_KEY must be 32 bytes, base64-encoded');
		cachedKey = key;
		return key;
	}
	if (config().production) throw new Error('SECRET_KEY is required in production');
	const file = resolve(process.env.SECRET_KEY_FILE || 'data/secret.key');
	if (!existsSync(file)) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
	}
	cachedKey = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
	return cachedKey;
}

export function seal(plain: Uint8Array): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', encryptionKey(), iv);
	const body = Buffer.concat([cipher.update(plain), cipher.final()]);
	return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function open(sealed: string): Uint8Array {
	const data = Buffer.from(sealed, 'base64');
	const decipher = createDecipheriv('aes-256-gcm', encryptionKey(), data.subarray(0, 12));
	decipher.setAuthTag(data.subarray(12, 28));
	return new Uint8Array(Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]));
}
