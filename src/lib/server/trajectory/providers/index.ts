/**
 * Journey providers for the capabilities that exist in the tree, each in its own file: they call
 * that capability's exported functions (never its tables) and register with registerJourneyProvider.
 */
import './info-session';
import './questionnaire';
import './booking';
import './intake-flag';
