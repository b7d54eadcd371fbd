package org.peermentor.notification.support;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileChanged;
import org.peermentor.contracts.MentorWithdrawn;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.fixtures.People;
import org.peermentor.notification.contact.Role;

/**
 * A participant or mentor as intake would publish them, with sensible defaults and an id and email nobody else
 * has; a test changes only what its story is about.
 */
@RecordBuilder
public record Person(
        Role role,
        String id,
        String programId,
        String firstName,
        String lastName,
        String email,
        String phone,
        String timezone,
        boolean contactByEmail,
        long version,
        List<String> languages)
        implements PersonBuilder.With {

    public static Person participant() {
        return someone(Role.PARTICIPANT, "p-", "Ana", "Silva")
                .phone("+15550100")
                .timezone("America/Chicago")
                .languages(List.of("en", "es"))
                .build();
    }

    public static Person mentor() {
        return someone(Role.MENTOR, "m-", "Bea", "Nowak")
                .phone("+48555010203")
                .timezone("Europe/Warsaw")
                .languages(List.of("pl", "en"))
                .build();
    }

    /** Someone in the test program, at version 1 and consenting to email, with an id and an email nobody else has. */
    private static PersonBuilder someone(Role role, String idPrefix, String firstName, String lastName) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return PersonBuilder.builder()
                .role(role)
                .id(idPrefix + UUID.randomUUID())
                .programId(People.PROGRAM)
                .firstName(firstName)
                .lastName(lastName)
                .email(firstName.toLowerCase(Locale.ROOT) + "+" + unique + "@example.org")
                .contactByEmail(true)
                .version(1);
    }

    /** This person with a first and last name, email and phone nobody else has, to be looked for afterwards. */
    public Person withPlantedValues() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        return with(planted -> planted.firstName("Firstname" + unique)
                .lastName("Lastname" + unique)
                .email("planted." + unique + "@example.org")
                .phone("+1" + digits));
    }

    /** The values {@link #withPlantedValues()} planted: names, email and phone. */
    public List<String> plantedValues() {
        return List.of(firstName, lastName, email, phone);
    }

    public Person withProgram(String program) {
        return withProgramId(program);
    }

    public Person withEmailConsent(boolean consent) {
        return withContactByEmail(consent);
    }

    /** The same person at the next profile version. */
    public Person next() {
        return withVersion(version + 1);
    }

    /** The event announcing this profile at this version. */
    public ProfileEvent changed() {
        return event(false);
    }

    /** The withdrawal, at this version. */
    public ProfileEvent withdrawn() {
        return event(true);
    }

    /**
     * The profile starts from the shared fixture's; it names what this person is and health data ({@code ALCOHOL_USE},
     * {@code ANXIETY}) that must never reach the contact directory.
     */
    private ProfileEvent event(boolean withdrawal) {
        String eventId = "e-" + UUID.randomUUID();
        Instant now = Instant.now();
        ProfileStatus status = withdrawal
                ? ProfileStatus.WITHDRAWN
                : role == Role.MENTOR ? ProfileStatus.ACTIVE : ProfileStatus.WAITING;
        Consent consent = new Consent(true, contactByEmail);
        if (role == Role.PARTICIPANT) {
            ParticipantProfile profile = People.participant()
                    .id(id)
                    .version(version)
                    .status(status)
                    .programId(programId)
                    .firstName(firstName)
                    .lastName(lastName)
                    .email(email)
                    .phone(phone)
                    .languages(languages)
                    .timezone(timezone)
                    .primaryIssue("ALCOHOL_USE")
                    .issues(List.of("ALCOHOL_USE", "ANXIETY"))
                    .consent(consent)
                    .build();
            return withdrawal
                    ? new ParticipantWithdrawn(eventId, now, id, version, profile)
                    : new ParticipantProfileChanged(eventId, now, id, version, profile);
        }
        MentorProfile profile = People.mentor()
                .id(id)
                .version(version)
                .status(status)
                .programId(programId)
                .firstName(firstName)
                .lastName(lastName)
                .email(email)
                .phone(phone)
                .languages(languages)
                .timezone(timezone)
                .livedExperience(List.of("ALCOHOL_USE"))
                .trainedFor(List.of("ANXIETY"))
                .active(!withdrawal)
                .consent(consent)
                .build();
        return withdrawal
                ? new MentorWithdrawn(eventId, now, id, version, profile)
                : new MentorProfileChanged(eventId, now, id, version, profile);
    }
}
