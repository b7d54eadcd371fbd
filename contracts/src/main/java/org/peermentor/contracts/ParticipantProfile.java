package org.peermentor.contracts;

import java.time.Instant;
import java.util.List;

/** A participant's whole profile as stored by intake at one version. Issue codes are strings: the taxonomy is configurable. */
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
        Consent consent) implements Profile {

    /** This profile with another status (what a round or a manager's check sees the participant as). */
    public ParticipantProfile withStatus(ProfileStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    /** A builder holding this profile's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .version(version)
                .status(status)
                .registeredAt(registeredAt)
                .updatedAt(updatedAt)
                .programId(programId)
                .firstName(firstName)
                .lastName(lastName)
                .email(email)
                .phone(phone)
                .birthYear(birthYear)
                .gender(gender)
                .languages(languages)
                .timezone(timezone)
                .region(region)
                .primaryIssue(primaryIssue)
                .issues(issues)
                .formats(formats)
                .mentorGenderPreference(mentorGenderPreference)
                .availability(availability)
                .urgency(urgency)
                .consent(consent);
    }

    /** An empty builder: every value unset (null, zero or false) until given. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ParticipantProfile} by naming each value, instead of a 22-argument constructor call. */
    public static final class Builder {

        private String id;
        private long version;
        private ProfileStatus status;
        private Instant registeredAt;
        private Instant updatedAt;
        private String programId;
        private String firstName;
        private String lastName;
        private String email;
        private String phone;
        private int birthYear;
        private Gender gender;
        private List<String> languages;
        private String timezone;
        private String region;
        private String primaryIssue;
        private List<String> issues;
        private List<Format> formats;
        private String mentorGenderPreference;
        private List<Slot> availability;
        private Urgency urgency;
        private Consent consent;

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

        public Builder status(ProfileStatus status) {
            this.status = status;
            return this;
        }

        public Builder registeredAt(Instant registeredAt) {
            this.registeredAt = registeredAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder programId(String programId) {
            this.programId = programId;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder birthYear(int birthYear) {
            this.birthYear = birthYear;
            return this;
        }

        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        public Builder languages(List<String> languages) {
            this.languages = languages;
            return this;
        }

        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder primaryIssue(String primaryIssue) {
            this.primaryIssue = primaryIssue;
            return this;
        }

        public Builder issues(List<String> issues) {
            this.issues = issues;
            return this;
        }

        public Builder formats(List<Format> formats) {
            this.formats = formats;
            return this;
        }

        public Builder mentorGenderPreference(String mentorGenderPreference) {
            this.mentorGenderPreference = mentorGenderPreference;
            return this;
        }

        public Builder availability(List<Slot> availability) {
            this.availability = availability;
            return this;
        }

        public Builder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        public Builder consent(Consent consent) {
            this.consent = consent;
            return this;
        }

        public ParticipantProfile build() {
            return new ParticipantProfile(id, version, status, registeredAt, updatedAt, programId, firstName,
                    lastName, email, phone, birthYear, gender, languages, timezone, region, primaryIssue, issues,
                    formats, mentorGenderPreference, availability, urgency, consent);
        }
    }
}
