/**
 * Imports each capability's demo seeder so it registers itself (see registerDemoSeeder).
 * A capability adds one line here.
 */
import '../info-session/demo';
import '../diagnosis/demo';
import '../assistant/demo';
import '../trajectory/demo';
import '../booking/demo';

export {};
