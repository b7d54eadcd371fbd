package org.peermentor.matching.solver;

import java.util.List;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileBuilder;
import org.peermentor.contracts.ProfileStatus;

/** A mentor with sensible defaults: active in "recovery-north", lived ANXIETY, English, Tuesdays 18–20 Chicago, 2 places. */
final class MentorBuilder extends PersonBuilder<MentorBuilder> {

    private List<String> livedExperience = List.of("ANXIETY");
    private List<String> trainedFor = List.of();
    private int capacity = 2;
    private boolean active = true;

    private MentorBuilder(String id) {
        super(id, ProfileStatus.ACTIVE, 1985);
    }

    static MentorBuilder mentor(String id) {
        return new MentorBuilder(id);
    }

    MentorBuilder lived(String... issues) {
        this.livedExperience = List.of(issues);
        return this;
    }

    MentorBuilder trained(String... issues) {
        this.trainedFor = List.of(issues);
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
        return MentorProfileBuilder.builder()
                .id(id)
                .version(1)
                .status(status)
                .registeredAt(Fixtures.NOW.minusSeconds(90L * 86_400))
                .updatedAt(Fixtures.NOW)
                .programId(programId)
                .firstName("First" + id)
                .lastName("Last" + id)
                .email(id + "@example.org")
                .phone("+1666" + Math.abs(id.hashCode() % 10_000_000))
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
                .consent(new Consent(true, true))
                .build();
    }
}
