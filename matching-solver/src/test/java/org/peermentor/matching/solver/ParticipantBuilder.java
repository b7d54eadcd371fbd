package org.peermentor.matching.solver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileBuilder;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Urgency;

/** A participant with sensible defaults: waiting in program "recovery-north", ANXIETY, English, Tuesdays 18–20 Chicago. */
final class ParticipantBuilder extends PersonBuilder<ParticipantBuilder> {

    private Instant registeredAt = Fixtures.NOW.minusSeconds(10L * 86_400);
    private String primaryIssue = "ANXIETY";
    private List<String> issues = new ArrayList<>(List.of("ANXIETY"));
    private String genderPreference = "ANY";
    private Urgency urgency = Urgency.NORMAL;

    private ParticipantBuilder(String id) {
        super(id, ProfileStatus.WAITING, 1990);
    }

    static ParticipantBuilder participant(String id) {
        return new ParticipantBuilder(id);
    }

    ParticipantBuilder registeredDaysAgo(int days) {
        this.registeredAt = Fixtures.NOW.minusSeconds(days * 86_400L);
        return this;
    }

    ParticipantBuilder issue(String primaryIssue, String... secondary) {
        this.primaryIssue = primaryIssue;
        this.issues = new ArrayList<>(List.of(primaryIssue));
        this.issues.addAll(List.of(secondary));
        return this;
    }

    ParticipantBuilder prefers(String genderPreference) {
        this.genderPreference = genderPreference;
        return this;
    }

    ParticipantBuilder urgency(Urgency urgency) {
        this.urgency = urgency;
        return this;
    }

    ParticipantProfile build() {
        return ParticipantProfileBuilder.builder()
                .id(id)
                .version(1)
                .status(status)
                .registeredAt(registeredAt)
                .updatedAt(registeredAt)
                .programId(programId)
                .firstName("First" + id)
                .lastName("Last" + id)
                .email(id + "@example.org")
                .phone("+1555" + Math.abs(id.hashCode() % 10_000_000))
                .birthYear(birthYear)
                .gender(gender)
                .languages(languages)
                .timezone(timezone)
                .region(region)
                .primaryIssue(primaryIssue)
                .issues(issues)
                .formats(formats)
                .mentorGenderPreference(genderPreference)
                .availability(availability)
                .urgency(urgency)
                .consent(new Consent(true, true))
                .build();
    }
}
