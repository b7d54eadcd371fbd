package org.peermentor.notification.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileChanged;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Urgency;
import org.peermentor.notification.contact.Role;

/**
 * A participant or mentor as intake would publish them, with sensible defaults and an id and email nobody else
 * has; a test changes only what its story is about.
 */
public record Person(Role role, String id, String programId, String firstName, String lastName, String email,
                     String phone, String timezone, boolean contactByEmail, long version) {

    private static final Instant REGISTERED = Instant.parse("2026-03-02T15:04:05Z");

    public static Person participant() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new Person(Role.PARTICIPANT, "p-" + UUID.randomUUID(), "recovery-north", "Ana", "Silva",
                "ana+" + unique + "@example.org", "+15550100", "America/Chicago", true, 1);
    }

    public static Person mentor() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new Person(Role.MENTOR, "m-" + UUID.randomUUID(), "recovery-north", "Bea", "Nowak",
                "bea+" + unique + "@example.org", "+48555010203", "Europe/Warsaw", true, 1);
    }

    /** This person with a first and last name, email and phone nobody else has, to be looked for afterwards. */
    public Person withPlantedValues() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        return new Person(role, id, programId, "Firstname" + unique, "Lastname" + unique,
                "planted." + unique + "@example.org", "+1" + digits, timezone, contactByEmail, version);
    }

    /** The values {@link #withPlantedValues()} planted: names, email and phone. */
    public List<String> plantedValues() {
        return List.of(firstName, lastName, email, phone);
    }

    public Person withProgram(String program) {
        return new Person(role, id, program, firstName, lastName, email, phone, timezone, contactByEmail, version);
    }

    public Person withFirstName(String name) {
        return new Person(role, id, programId, name, lastName, email, phone, timezone, contactByEmail, version);
    }

    public Person withLastName(String name) {
        return new Person(role, id, programId, firstName, name, email, phone, timezone, contactByEmail, version);
    }

    public Person withEmail(String address) {
        return new Person(role, id, programId, firstName, lastName, address, phone, timezone, contactByEmail, version);
    }

    public Person withPhone(String number) {
        return new Person(role, id, programId, firstName, lastName, email, number, timezone, contactByEmail, version);
    }

    public Person withEmailConsent(boolean consent) {
        return new Person(role, id, programId, firstName, lastName, email, phone, timezone, consent, version);
    }

    public Person withTimezone(String zone) {
        return new Person(role, id, programId, firstName, lastName, email, phone, zone, contactByEmail, version);
    }

    /** The same person at the next profile version. */
    public Person next() {
        return new Person(role, id, programId, firstName, lastName, email, phone, timezone, contactByEmail, version + 1);
    }

    /** The event announcing this profile at this version. */
    public ProfileEvent changed() {
        return event(false);
    }

    /** The withdrawal, at this version. */
    public ProfileEvent withdrawn() {
        return event(true);
    }

    private ProfileEvent event(boolean withdrawal) {
        String eventId = "e-" + UUID.randomUUID();
        Instant now = Instant.now();
        ProfileStatus status = withdrawal ? ProfileStatus.WITHDRAWN : role == Role.MENTOR ? ProfileStatus.ACTIVE : ProfileStatus.WAITING;
        List<Slot> availability = List.of(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
        Consent consent = new Consent(true, contactByEmail);
        if (role == Role.PARTICIPANT) {
            ParticipantProfile profile = new ParticipantProfile(id, version, status, REGISTERED, now, programId, firstName,
                    lastName, email, phone, 1991, Gender.FEMALE, List.of("es", "en"), timezone, "chicago-north",
                    "ALCOHOL_USE", List.of("ALCOHOL_USE", "ANXIETY"), List.of(Format.ONLINE, Format.IN_PERSON), "SAME",
                    availability, Urgency.NORMAL, consent);
            return withdrawal ? new ParticipantWithdrawn(eventId, now, id, version, profile)
                    : new ParticipantProfileChanged(eventId, now, id, version, profile);
        }
        MentorProfile profile = new MentorProfile(id, version, status, REGISTERED, now, programId, firstName, lastName,
                email, phone, 1980, Gender.FEMALE, List.of("pl", "en"), timezone, "warsaw", List.of("ALCOHOL_USE"),
                List.of("ANXIETY"), List.of(Format.ONLINE), availability, 3, !withdrawal, consent);
        return withdrawal ? new MentorWithdrawn(eventId, now, id, version, profile)
                : new MentorProfileChanged(eventId, now, id, version, profile);
    }
}
