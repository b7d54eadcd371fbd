package org.peermentor.contracts;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;

/** A mentor's whole profile as stored by intake at one version. */
@RecordBuilder
public record MentorProfile(
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
        List<String> livedExperience,
        List<String> trainedFor,
        List<Format> formats,
        List<Slot> availability,
        int capacity,
        boolean active,
        Consent consent)
        implements Profile, MentorProfileBuilder.With {}
