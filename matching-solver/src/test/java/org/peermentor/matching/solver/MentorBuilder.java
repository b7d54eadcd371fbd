package org.peermentor.matching.solver;

import java.time.DayOfWeek;
import java.util.List;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;

/** A mentor with sensible defaults: active in "recovery-north", lived ANXIETY, English, Tuesdays 18–20 Chicago, 2 places. */
final class MentorBuilder {

    private String id = "m-1";
    private ProfileStatus status = ProfileStatus.ACTIVE;
    private String programId = Fixtures.PROGRAM;
    private int birthYear = 1985;
    private Gender gender = Gender.FEMALE;
    private List<String> languages = List.of("en");
    private String timezone = "America/Chicago";
    private String region = "chicago-north";
    private List<String> livedExperience = List.of("ANXIETY");
    private List<String> trainedFor = List.of();
    private List<Format> formats = List.of(Format.ONLINE);
    private List<Slot> availability = List.of(Fixtures.slot(DayOfWeek.TUESDAY, "18:00", "20:00"));
    private int capacity = 2;
    private boolean active = true;

    static MentorBuilder mentor(String id) {
        MentorBuilder builder = new MentorBuilder();
        builder.id = id;
        return builder;
    }

    MentorBuilder status(ProfileStatus status) {
        this.status = status;
        return this;
    }

    MentorBuilder program(String programId) {
        this.programId = programId;
        return this;
    }

    MentorBuilder born(int birthYear) {
        this.birthYear = birthYear;
        return this;
    }

    MentorBuilder gender(Gender gender) {
        this.gender = gender;
        return this;
    }

    MentorBuilder languages(String... languages) {
        this.languages = List.of(languages);
        return this;
    }

    MentorBuilder timezone(String timezone) {
        this.timezone = timezone;
        return this;
    }

    MentorBuilder region(String region) {
        this.region = region;
        return this;
    }

    MentorBuilder lived(String... issues) {
        this.livedExperience = List.of(issues);
        return this;
    }

    MentorBuilder trained(String... issues) {
        this.trainedFor = List.of(issues);
        return this;
    }

    MentorBuilder formats(Format... formats) {
        this.formats = List.of(formats);
        return this;
    }

    MentorBuilder availability(Slot... slots) {
        this.availability = List.of(slots);
        return this;
    }

    MentorBuilder capacity(int capacity) {
        this.capacity = capacity;
        return this;
    }

    MentorBuilder inactive() {
        this.active = false;
        return this;
    }

    MentorProfile build() {
        return new MentorProfile(
                id,
                1,
                status,
                Fixtures.NOW.minusSeconds(90L * 86_400),
                Fixtures.NOW,
                programId,
                "First" + id,
                "Last" + id,
                id + "@example.org",
                "+1666" + Math.abs(id.hashCode() % 10_000_000),
                birthYear,
                gender,
                languages,
                timezone,
                region,
                livedExperience,
                trainedFor,
                formats,
                availability,
                capacity,
                active,
                new Consent(true, true));
    }
}
