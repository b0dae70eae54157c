/**
 * A page with several named form actions gets back one `form` object; these pick out what belongs
 * to one action, so each form shows only its own values and errors.
 */
export type ActionForm = {
	action?: string;
	values?: Record<string, string>;
	errors?: Record<string, string>;
	message?: string;
} | null;

export function valuesOf(form: ActionForm | undefined, action: string): Record<string, string> {
	return form?.action === action ? (form.values ?? {}) : {};
}

export function errorsOf(form: ActionForm | undefined, action: string): Record<string, string> {
	return form?.action === action ? (form.errors ?? {}) : {};
}
