package org.peermentor.contracts;

import java.time.Instant;
import java.util.List;

/** A mentor's whole profile as stored by intake at one version. */
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
        Consent consent) implements Profile {

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
                .livedExperience(livedExperience)
                .trainedFor(trainedFor)
                .formats(formats)
                .availability(availability)
                .capacity(capacity)
                .active(active)
                .consent(consent);
    }

    /** An empty builder: every value unset (null, zero or false) until given. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MentorProfile} by naming each value, instead of a 22-argument constructor call. */
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
        private List<String> livedExperience;
        private List<String> trainedFor;
        private List<Format> formats;
        private List<Slot> availability;
        private int capacity;
        private boolean active;
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

        public Builder livedExperience(List<String> livedExperience) {
            this.livedExperience = livedExperience;
            return this;
        }

        public Builder trainedFor(List<String> trainedFor) {
            this.trainedFor = trainedFor;
            return this;
        }

        public Builder formats(List<Format> formats) {
            this.formats = formats;
            return this;
        }

        public Builder availability(List<Slot> availability) {
            this.availability = availability;
            return this;
        }

        public Builder capacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public Builder consent(Consent consent) {
            this.consent = consent;
            return this;
        }

        public MentorProfile build() {
            return new MentorProfile(id, version, status, registeredAt, updatedAt, programId, firstName, lastName,
                    email, phone, birthYear, gender, languages, timezone, region, livedExperience, trainedFor,
                    formats, availability, capacity, active, consent);
        }
    }
}
