package org.peermentor.matching.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileChanged;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Topics;
import org.peermentor.contracts.Urgency;
import org.peermentor.contracts.fixtures.People;
import org.peermentor.testkit.TopicWriter;

/**
 * People of a test program, published on the profile topics exactly as intake publishes them. Defaults make
 * every participant fit every mentor; a test changes what its story is about.
 */
public final class Cohort implements AutoCloseable {

    public static final List<Slot> TUESDAY_EVENING = People.TUESDAY_EVENING;

    private final TopicWriter writer;
    public final String programId = "test-" + UUID.randomUUID().toString().substring(0, 8);

    public Cohort(String bootstrapServers) {
        writer = new TopicWriter(bootstrapServers);
    }

    public ParticipantProfile participant(String firstName, String language, String issue) {
        return People.participant(firstName)
                .programId(programId)
                .lastName("Lastname")
                .languages(List.of(language))
                .primaryIssue(issue)
                .issues(List.of(issue))
                .build();
    }

    public MentorProfile mentor(String firstName, String language, String issue, int capacity) {
        return People.mentor(firstName)
                .programId(programId)
                .lastName("Lastname")
                .languages(List.of(language))
                .livedExperience(List.of(issue))
                .capacity(capacity)
                .build();
    }

    /** The same participant with these contact details. */
    public static ParticipantProfile withContact(
            ParticipantProfile p, String firstName, String lastName, String email, String phone) {
        return p.with(changed ->
                changed.firstName(firstName).lastName(lastName).email(email).phone(phone));
    }

    /** The same participant, of HIGH urgency: a round prefers them when places are short. */
    public static ParticipantProfile urgent(ParticipantProfile p) {
        return p.withUrgency(Urgency.HIGH);
    }

    /** The same participant, living in {@code region} and born in {@code birthYear}. */
    public static ParticipantProfile living(ParticipantProfile p, String region, int birthYear) {
        return p.with(changed -> changed.region(region).birthYear(birthYear));
    }

    /** The same participant, registered this many days ago (0: just now). */
    public static ParticipantProfile registeredDaysAgo(ParticipantProfile p, int days) {
        return p.withRegisteredAt(Instant.now().minusSeconds(days * 86_400L));
    }

    /** The same mentor, living in {@code region} and born in {@code birthYear}. */
    public static MentorProfile living(MentorProfile m, String region, int birthYear) {
        return m.with(changed -> changed.region(region).birthYear(birthYear));
    }

    /** The participant's next version, otherwise the same. */
    public static ParticipantProfile nextVersion(ParticipantProfile p) {
        return p.with(changed -> changed.version(p.version() + 1).updatedAt(Instant.now()));
    }

    /** The same mentor with these contact details. */
    public static MentorProfile withContact(
            MentorProfile m, String firstName, String lastName, String email, String phone) {
        return m.with(changed ->
                changed.firstName(firstName).lastName(lastName).email(email).phone(phone));
    }

    /** Intake erased the participant: a tombstone (no value) on their profile topic. */
    public void erase(ParticipantProfile p) {
        sendRaw(Topics.PARTICIPANT_PROFILES, p.id(), Topics.PARTICIPANT_ERASED, null);
    }

    /** Intake erased the mentor. */
    public void erase(MentorProfile m) {
        sendRaw(Topics.MENTOR_PROFILES, m.id(), Topics.MENTOR_ERASED, null);
    }

    public ParticipantProfile publish(ParticipantProfile p) {
        send(new ParticipantProfileChanged(UUID.randomUUID().toString(), Instant.now(), p.id(), p.version(), p));
        return p;
    }

    public MentorProfile publish(MentorProfile m) {
        send(new MentorProfileChanged(UUID.randomUUID().toString(), Instant.now(), m.id(), m.version(), m));
        return m;
    }

    /** Intake withdrew the participant: their next version, WITHDRAWN. */
    public ParticipantProfile withdraw(ParticipantProfile p) {
        ParticipantProfile withdrawn = nextVersion(p).withStatus(ProfileStatus.WITHDRAWN);
        send(new ParticipantWithdrawn(
                UUID.randomUUID().toString(), Instant.now(), p.id(), withdrawn.version(), withdrawn));
        return withdrawn;
    }

    /** Intake withdrew the mentor: their next version, WITHDRAWN and inactive. */
    public MentorProfile withdraw(MentorProfile m) {
        MentorProfile withdrawn = m.with(changed -> changed.version(m.version() + 1)
                .status(ProfileStatus.WITHDRAWN)
                .updatedAt(Instant.now())
                .active(false));
        send(new MentorWithdrawn(UUID.randomUUID().toString(), Instant.now(), m.id(), withdrawn.version(), withdrawn));
        return withdrawn;
    }

    public void send(ProfileEvent event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.TYPE, event.type());
        headers.put(CloudEventHeaders.ID, event.eventId());
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.SOURCE, "/test");
        writer.write(event.topic(), event.profileId(), headers, EventJson.write(event));
    }

    public void sendRaw(String topic, String key, String type, byte[] value) {
        writer.write(topic, key, Map.of(CloudEventHeaders.TYPE, type), value);
    }

    @Override
    public void close() {
        writer.close();
    }
}
