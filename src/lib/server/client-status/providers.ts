/**
 * Imports each capability's client status provider so it registers itself
 * (see registerClientStatus in ./registry.ts). A capability adds one import line here.
 */
import '../info-session/client-status';
import '../diagnosis/client-status';

export {};
