/**
 * A participant's status follows the matching service's pairing decisions: the listener of {@code pairing-events}
 * applies the latest decision per participant (ordered by its sequence, so a late or repeated event never moves a
 * status back) and audits it; an event that cannot be read goes to the dead-letter topic, a store outage is waited
 * out. Matching decides, intake only records.
 */
package org.peermentor.intake.pairing;
