/**
 * Imports each capability's personal-data source so it registers itself (see export.ts).
 * A capability adds one import line here.
 */
import '../info-session/personal-data';
import '../diagnosis/personal-data';
import '../booking/personal-data';
import '../assistant/personal-data';
import '../trajectory/personal-data';

export {};
