package org.peermentor.matching.pairing;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/**
 * One person's answer to one check-in, kept in the pairing's document.
 *
 * @param number which check-in of the pairing: 1 for the first after acceptance
 * @param note private words for the program's staff only; the other person never sees them, and reading one is
 *             audited
 * @param wantsNewMentor a participant who said "not a good fit" asked for another mentor
 */
@RecordBuilder
public record CheckInAnswer(
        int number, CheckInRole role, CheckInReply answer, String note, boolean wantsNewMentor, Instant answeredAt) {}
