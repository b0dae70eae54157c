/**
 * Imports each capability that tells booking when a person may book an intake, so it registers
 * itself (see registerIntakeEligibility in ./eligibility.ts). One import line per provider.
 */
import '../diagnosis/intake-eligibility';

export {};
