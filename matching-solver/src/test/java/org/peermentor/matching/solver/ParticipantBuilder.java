package org.peermentor.matching.solver;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Urgency;

/** A participant with sensible defaults: waiting in program "recovery-north", ANXIETY, English, Tuesdays 18–20 Chicago. */
final class ParticipantBuilder {

    private String id = "p-1";
    private ProfileStatus status = ProfileStatus.WAITING;
    private Instant registeredAt = Fixtures.NOW.minusSeconds(10L * 86_400);
    private String programId = Fixtures.PROGRAM;
    private int birthYear = 1990;
    private Gender gender = Gender.FEMALE;
    private List<String> languages = List.of("en");
    private String timezone = "America/Chicago";
    private String region = "chicago-north";
    private String primaryIssue = "ANXIETY";
    private List<String> issues = new ArrayList<>(List.of("ANXIETY"));
    private List<Format> formats = List.of(Format.ONLINE);
    private String genderPreference = "ANY";
    private List<Slot> availability = List.of(Fixtures.slot(DayOfWeek.TUESDAY, "18:00", "20:00"));
    private Urgency urgency = Urgency.NORMAL;

    static ParticipantBuilder participant(String id) {
        ParticipantBuilder builder = new ParticipantBuilder();
        builder.id = id;
        return builder;
    }

    ParticipantBuilder status(ProfileStatus status) {
        this.status = status;
        return this;
    }

    ParticipantBuilder registeredDaysAgo(int days) {
        this.registeredAt = Fixtures.NOW.minusSeconds(days * 86_400L);
        return this;
    }

    ParticipantBuilder program(String programId) {
        this.programId = programId;
        return this;
    }

    ParticipantBuilder born(int birthYear) {
        this.birthYear = birthYear;
        return this;
    }

    ParticipantBuilder gender(Gender gender) {
        this.gender = gender;
        return this;
    }

    ParticipantBuilder languages(String... languages) {
        this.languages = List.of(languages);
        return this;
    }

    ParticipantBuilder timezone(String timezone) {
        this.timezone = timezone;
        return this;
    }

    ParticipantBuilder region(String region) {
        this.region = region;
        return this;
    }

    ParticipantBuilder issue(String primaryIssue, String... secondary) {
        this.primaryIssue = primaryIssue;
        this.issues = new ArrayList<>(List.of(primaryIssue));
        this.issues.addAll(List.of(secondary));
        return this;
    }

    ParticipantBuilder formats(Format... formats) {
        this.formats = List.of(formats);
        return this;
    }

    ParticipantBuilder prefers(String genderPreference) {
        this.genderPreference = genderPreference;
        return this;
    }

    ParticipantBuilder availability(Slot... slots) {
        this.availability = List.of(slots);
        return this;
    }

    ParticipantBuilder urgency(Urgency urgency) {
        this.urgency = urgency;
        return this;
    }

    ParticipantProfile build() {
        return new ParticipantProfile(
                id,
                1,
                status,
                registeredAt,
                registeredAt,
                programId,
                "First" + id,
                "Last" + id,
                id + "@example.org",
                "+1555" + Math.abs(id.hashCode() % 10_000_000),
                birthYear,
                gender,
                languages,
                timezone,
                region,
                primaryIssue,
                issues,
                formats,
                genderPreference,
                availability,
                urgency,
                new Consent(true, true));
    }
}
