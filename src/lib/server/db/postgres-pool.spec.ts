import { describe, expect, it } from 'vitest';
import { isDriverWriteAfterClose } from './postgres-pool';

function typeError(message: string, stack: string): TypeError {
	const error = new TypeError(message);
	error.stack = `TypeError: ${message}\n${stack}`;
	return error;
}

describe('the postgres.js write-after-close guard', () => {
	it('recognises the driver fault, and only that', () => {
		const fault = typeError(
			"Cannot read properties of null (reading 'write')",
			'    at Immediate.nextWrite (file:///app/node_modules/postgres/src/connection.js:255:22)\n    at process.processImmediate (node:internal/timers:483:21)'
		);
		expect(isDriverWriteAfterClose(fault)).toBe(true);
		// The same message from our own code, or another error in the driver, stays fatal.
		expect(
			isDriverWriteAfterClose(
				typeError(
					"Cannot read properties of null (reading 'write')",
					'    at save (file:///app/build/server/chunks/booking.js:10:5)'
				)
			)
		).toBe(false);
		expect(
			isDriverWriteAfterClose(
				typeError(
					"Cannot read properties of undefined (reading 'replace')",
					'    at queryError (file:///app/node_modules/postgres/src/connection.js:389:48)'
				)
			)
		).toBe(false);
		expect(isDriverWriteAfterClose(new Error("reading 'write' nextWrite"))).toBe(false);
	});
});
