package org.peermentor.contracts;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A pairing as it stands at one version, carried by every pairing event.
 *
 * @param sharedIssue the participant's primary issue, which the mentor has lived or is trained for; mail
 *                    turns it into plain words and never puts it in a subject
 * @param formats the formats both can meet in
 * @param overlaps when both are free each week
 * @param explanation why this mentor, in plain words
 * @param participantStatus the participant's status after this event
 * @param participantSequence increases with every change of the participant's status, across all their
 *                            pairings, so a consumer can ignore an older status arriving late
 */
@RecordBuilder
public record Pairing(
        String id,
        long version,
        PairingStatus status,
        String programId,
        String roundId,
        String participantId,
        String mentorId,
        String sharedIssue,
        List<Format> formats,
        List<Overlap> overlaps,
        List<String> explanation,
        ProfileStatus participantStatus,
        long participantSequence) {}
