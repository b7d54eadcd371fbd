package org.peermentor.contracts;

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
        long participantSequence) {

    /** A builder holding this pairing's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .version(version)
                .status(status)
                .programId(programId)
                .roundId(roundId)
                .participantId(participantId)
                .mentorId(mentorId)
                .sharedIssue(sharedIssue)
                .formats(formats)
                .overlaps(overlaps)
                .explanation(explanation)
                .participantStatus(participantStatus)
                .participantSequence(participantSequence);
    }

    /** An empty builder: every value unset (null, zero or false) until given. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Pairing} by naming each value, instead of a 13-argument constructor call. */
    public static final class Builder {

        private String id;
        private long version;
        private PairingStatus status;
        private String programId;
        private String roundId;
        private String participantId;
        private String mentorId;
        private String sharedIssue;
        private List<Format> formats;
        private List<Overlap> overlaps;
        private List<String> explanation;
        private ProfileStatus participantStatus;
        private long participantSequence;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder status(PairingStatus status) {
            this.status = status;
            return this;
        }

        public Builder programId(String programId) {
            this.programId = programId;
            return this;
        }

        public Builder roundId(String roundId) {
            this.roundId = roundId;
            return this;
        }

        public Builder participantId(String participantId) {
            this.participantId = participantId;
            return this;
        }

        public Builder mentorId(String mentorId) {
            this.mentorId = mentorId;
            return this;
        }

        public Builder sharedIssue(String sharedIssue) {
            this.sharedIssue = sharedIssue;
            return this;
        }

        public Builder formats(List<Format> formats) {
            this.formats = formats;
            return this;
        }

        public Builder overlaps(List<Overlap> overlaps) {
            this.overlaps = overlaps;
            return this;
        }

        public Builder explanation(List<String> explanation) {
            this.explanation = explanation;
            return this;
        }

        public Builder participantStatus(ProfileStatus participantStatus) {
            this.participantStatus = participantStatus;
            return this;
        }

        public Builder participantSequence(long participantSequence) {
            this.participantSequence = participantSequence;
            return this;
        }

        public Pairing build() {
            return new Pairing(id, version, status, programId, roundId, participantId, mentorId, sharedIssue,
                    formats, overlaps, explanation, participantStatus, participantSequence);
        }
    }
}
