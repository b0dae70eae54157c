/**
 * Imports each capability's client-file section so it registers itself.
 * A capability adds one import line here.
 */
import '../info-session/client-file-section';
import '../diagnosis/client-file-section';
import '../assistant/client-file-section';
import '../trajectory/client-file-section';
import '../booking/client-file-section';

export {};
