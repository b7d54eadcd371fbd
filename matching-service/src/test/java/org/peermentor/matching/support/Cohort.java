package org.peermentor.matching.support;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileChanged;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Topics;
import org.peermentor.contracts.Urgency;

/**
 * People of a test program, published on the profile topics exactly as intake publishes them. Defaults make
 * every participant fit every mentor; a test changes what its story is about.
 */
public final class Cohort implements AutoCloseable {

    public static final List<Slot> TUESDAY_EVENING = List.of(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));

    private final KafkaProducer<String, byte[]> producer;
    public final String programId = "test-" + UUID.randomUUID().toString().substring(0, 8);

    public Cohort(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    public ParticipantProfile participant(String firstName, String language, String issue) {
        return new ParticipantProfile(UUID.randomUUID().toString(), 1, ProfileStatus.WAITING,
                Instant.now().minusSeconds(86400), Instant.now(), programId, firstName, "Lastname",
                firstName.toLowerCase() + "@example.org", null, 1990, Gender.FEMALE, List.of(language), "America/Chicago",
                null, issue, List.of(issue), List.of(Format.ONLINE), "ANY", TUESDAY_EVENING, Urgency.NORMAL,
                new Consent(true, true));
    }

    public MentorProfile mentor(String firstName, String language, String issue, int capacity) {
        return new MentorProfile(UUID.randomUUID().toString(), 1, ProfileStatus.ACTIVE, Instant.now(), Instant.now(),
                programId, firstName, "Lastname", firstName.toLowerCase() + "@example.org", null, 1985, Gender.FEMALE,
                List.of(language), "America/Chicago", null, List.of(issue), List.of(), List.of(Format.ONLINE),
                TUESDAY_EVENING, capacity, true, new Consent(true, true));
    }

    /** The same participant with these contact details. */
    public static ParticipantProfile withContact(ParticipantProfile p, String firstName, String lastName, String email,
                                                 String phone) {
        return new ParticipantProfile(p.id(), p.version(), p.status(), p.registeredAt(), p.updatedAt(), p.programId(),
                firstName, lastName, email, phone, p.birthYear(), p.gender(), p.languages(), p.timezone(), p.region(),
                p.primaryIssue(), p.issues(), p.formats(), p.mentorGenderPreference(), p.availability(), p.urgency(),
                p.consent());
    }

    /** The same participant, of HIGH urgency: a round prefers them when places are short. */
    public static ParticipantProfile urgent(ParticipantProfile p) {
        return new ParticipantProfile(p.id(), p.version(), p.status(), p.registeredAt(), p.updatedAt(), p.programId(),
                p.firstName(), p.lastName(), p.email(), p.phone(), p.birthYear(), p.gender(), p.languages(),
                p.timezone(), p.region(), p.primaryIssue(), p.issues(), p.formats(), p.mentorGenderPreference(),
                p.availability(), Urgency.HIGH, p.consent());
    }

    /** The same participant, living in {@code region} and born in {@code birthYear}. */
    public static ParticipantProfile living(ParticipantProfile p, String region, int birthYear) {
        return new ParticipantProfile(p.id(), p.version(), p.status(), p.registeredAt(), p.updatedAt(), p.programId(),
                p.firstName(), p.lastName(), p.email(), p.phone(), birthYear, p.gender(), p.languages(), p.timezone(),
                region, p.primaryIssue(), p.issues(), p.formats(), p.mentorGenderPreference(), p.availability(),
                p.urgency(), p.consent());
    }

    /** The same participant, registered this many days ago (0: just now). */
    public static ParticipantProfile registeredDaysAgo(ParticipantProfile p, int days) {
        return new ParticipantProfile(p.id(), p.version(), p.status(), Instant.now().minusSeconds(days * 86_400L),
                p.updatedAt(), p.programId(), p.firstName(), p.lastName(), p.email(), p.phone(), p.birthYear(),
                p.gender(), p.languages(), p.timezone(), p.region(), p.primaryIssue(), p.issues(), p.formats(),
                p.mentorGenderPreference(), p.availability(), p.urgency(), p.consent());
    }

    /** The same mentor, living in {@code region} and born in {@code birthYear}. */
    public static MentorProfile living(MentorProfile m, String region, int birthYear) {
        return new MentorProfile(m.id(), m.version(), m.status(), m.registeredAt(), m.updatedAt(), m.programId(),
                m.firstName(), m.lastName(), m.email(), m.phone(), birthYear, m.gender(), m.languages(), m.timezone(),
                region, m.livedExperience(), m.trainedFor(), m.formats(), m.availability(), m.capacity(), m.active(),
                m.consent());
    }

    /** The participant's next version, otherwise the same. */
    public static ParticipantProfile nextVersion(ParticipantProfile p) {
        return new ParticipantProfile(p.id(), p.version() + 1, p.status(), p.registeredAt(), Instant.now(),
                p.programId(), p.firstName(), p.lastName(), p.email(), p.phone(), p.birthYear(), p.gender(),
                p.languages(), p.timezone(), p.region(), p.primaryIssue(), p.issues(), p.formats(),
                p.mentorGenderPreference(), p.availability(), p.urgency(), p.consent());
    }

    /** The same mentor with these contact details. */
    public static MentorProfile withContact(MentorProfile m, String firstName, String lastName, String email,
                                            String phone) {
        return new MentorProfile(m.id(), m.version(), m.status(), m.registeredAt(), m.updatedAt(), m.programId(),
                firstName, lastName, email, phone, m.birthYear(), m.gender(), m.languages(), m.timezone(), m.region(),
                m.livedExperience(), m.trainedFor(), m.formats(), m.availability(), m.capacity(), m.active(),
                m.consent());
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
        ParticipantProfile next = nextVersion(p);
        ParticipantProfile withdrawn = new ParticipantProfile(next.id(), next.version(), ProfileStatus.WITHDRAWN,
                next.registeredAt(), next.updatedAt(), next.programId(), next.firstName(), next.lastName(),
                next.email(), next.phone(), next.birthYear(), next.gender(), next.languages(), next.timezone(),
                next.region(), next.primaryIssue(), next.issues(), next.formats(), next.mentorGenderPreference(),
                next.availability(), next.urgency(), next.consent());
        send(new ParticipantWithdrawn(UUID.randomUUID().toString(), Instant.now(), p.id(), withdrawn.version(), withdrawn));
        return withdrawn;
    }

    /** Intake withdrew the mentor: their next version, WITHDRAWN and inactive. */
    public MentorProfile withdraw(MentorProfile m) {
        MentorProfile withdrawn = new MentorProfile(m.id(), m.version() + 1, ProfileStatus.WITHDRAWN, m.registeredAt(),
                Instant.now(), m.programId(), m.firstName(), m.lastName(), m.email(), m.phone(), m.birthYear(),
                m.gender(), m.languages(), m.timezone(), m.region(), m.livedExperience(), m.trainedFor(), m.formats(),
                m.availability(), m.capacity(), false, m.consent());
        send(new MentorWithdrawn(UUID.randomUUID().toString(), Instant.now(), m.id(), withdrawn.version(), withdrawn));
        return withdrawn;
    }

    public void send(ProfileEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.profileId(), EventJson.write(event));
        record.headers().add(CloudEventHeaders.TYPE, event.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, event.eventId().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/test".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void sendRaw(String topic, String key, String type, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
