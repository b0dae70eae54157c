/**
 * Reads a form body. A malformed or oversized body, or one that is not a form, gives null
 * (the action answers 400 with a message) instead of an exception and a 500.
 */
export async function readFormData(request: Request, maxBytes = 100_000): Promise<FormData | null> {
	const length = Number(request.headers.get('content-length') ?? '0');
	if (length > maxBytes) return null;
	try {
		return await request.formData();
	} catch {
		return null;
	}
}
