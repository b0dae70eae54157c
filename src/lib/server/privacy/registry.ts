/**
 * Imports each capability's personal-data source (and erasers of data not in the export) so it
 * registers itself (see export.ts). A capability adds one import line here.
 */
import '../info-session/personal-data';
import '../diagnosis/personal-data';
import '../booking/personal-data';
import '../assistant/personal-data';
import '../trajectory/personal-data';
import '../mail/personal-data';
import '../retention/account';

export {};
