package org.peermentor.console.services;

import java.time.Instant;
import java.util.List;

/**
 * A participant's or a mentor's profile as intake returns it: the fields of both kinds, those of the other kind
 * left empty. Unknown fields are ignored, so intake may add some without breaking the console.
 */
public record Person(
        String id,
        Long version,
        String status,
        Instant registeredAt,
        String programId,
        String firstName,
        String lastName,
        String email,
        String phone,
        Integer birthYear,
        String gender,
        List<String> languages,
        String timezone,
        String region,
        List<String> formats,
        List<Slot> availability,
        Consent consent,
        String primaryIssue,
        List<String> issues,
        String mentorGenderPreference,
        String urgency,
        List<String> livedExperience,
        List<String> trainedFor,
        Integer capacity,
        Boolean active) {

    public Person {
        languages = orEmpty(languages);
        formats = orEmpty(formats);
        availability = orEmpty(availability);
        issues = orEmpty(issues);
        livedExperience = orEmpty(livedExperience);
        trainedFor = orEmpty(trainedFor);
        consent = consent == null ? new Consent(false, false) : consent;
    }

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    public record Consent(boolean dataProcessing, boolean contactByEmail) {}
}
