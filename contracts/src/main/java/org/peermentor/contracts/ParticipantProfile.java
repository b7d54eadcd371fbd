package org.peermentor.contracts;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;

/** A participant's whole profile as stored by intake at one version. Issue codes are strings: the taxonomy is configurable. */
@RecordBuilder
public record ParticipantProfile(
        String id,
        long version,
        ProfileStatus status,
        Instant registeredAt,
        Instant updatedAt,
        String programId,
        String firstName,
        String lastName,
        String email,
        String phone,
        int birthYear,
        Gender gender,
        List<String> languages,
        String timezone,
        String region,
        String primaryIssue,
        List<String> issues,
        List<Format> formats,
        String mentorGenderPreference,
        List<Slot> availability,
        Urgency urgency,
        Consent consent)
        implements Profile, ParticipantProfileBuilder.With {}
