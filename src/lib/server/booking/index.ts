/**
 * Booking: information-session seats, short talks, intakes and income conversations.
 * The public surface that routes and other capabilities use.
 */
export { bookSlot, getSlotOf, type StaffActor } from './book';
export { moveBooking } from './move';
export { cancelBooking, CANCEL_REASONS } from './cancel';
export { listBookableSlots, nearestFreeSlots } from './availability';
export {
	listMyBookings,
	getMyBooking,
	listSlotsForStaff,
	getSlotForStaff,
	listConsultantDay,
	listBookingsOfClient,
	nextAppointmentsOf
} from './queries';
export { createSeries, type SeriesFields } from './plan';
export { editSlot, cancelSlot, addTalks, markAttendance } from './slot-admin';
export { planningChoices, SLOT_PLANNERS, parseWhole } from './slot-input';
export { bookingCalendarFile } from './ics';
export { bookingLocale, bookingTranslator } from './messages';
export { formatDay, formatTimeRange, formatWhen } from './format';
export { SLOT_RULES, SLOT_TYPES, canCancelOnline, isSlotType } from './rules';
export { INTERPRETER_LANGUAGES, interpreterLabel } from './labels';
export { registerIntakeEligibility, type QuestionnaireSubmittedAt } from './eligibility';
export { startBookingJobs } from './jobs';
export { hasBookedIntake } from './conditions';
export type { SlotDetails, BookingDetails } from './details';
export type { SlotType, Attendance } from './schema';
