import type { LayoutServerLoad } from './$types';
import { requireStaff } from '$lib/server/auth/guard';

/** Every staff page also guards itself; this keeps the staff shell from rendering for others. */
export const load: LayoutServerLoad = (event) => {
	const user = requireStaff(event);
	return { staff: { name: user.name, role: user.role } };
};
