package org.peermentor.matching.solver;

import java.time.DayOfWeek;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;

/**
 * What the mentor and participant builders share: who the person is and where, when and how they can meet, with the
 * same defaults for both (program "recovery-north", female, English, online, Tuesdays 18–20 Chicago).
 *
 * @param <B> the builder itself, so a chain of setters keeps its type
 */
abstract class PersonBuilder<B extends PersonBuilder<B>> {

    final String id;
    ProfileStatus status;
    String programId = Fixtures.PROGRAM;
    int birthYear;
    Gender gender = Gender.FEMALE;
    List<String> languages = List.of("en");
    String timezone = "America/Chicago";
    String region = "chicago-north";
    List<Format> formats = List.of(Format.ONLINE);
    List<Slot> availability = List.of(Fixtures.slot(DayOfWeek.TUESDAY, "18:00", "20:00"));

    PersonBuilder(String id, ProfileStatus status, int birthYear) {
        this.id = id;
        this.status = status;
        this.birthYear = birthYear;
    }

    /** This builder, as its own type: the type argument a builder gives is always the builder itself. */
    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    B status(ProfileStatus status) {
        this.status = status;
        return self();
    }

    B program(String programId) {
        this.programId = programId;
        return self();
    }

    B born(int birthYear) {
        this.birthYear = birthYear;
        return self();
    }

    B gender(Gender gender) {
        this.gender = gender;
        return self();
    }

    B languages(String... languages) {
        this.languages = List.of(languages);
        return self();
    }

    B timezone(String timezone) {
        this.timezone = timezone;
        return self();
    }

    B region(String region) {
        this.region = region;
        return self();
    }

    B formats(Format... formats) {
        this.formats = List.of(formats);
        return self();
    }

    B availability(Slot... slots) {
        this.availability = List.of(slots);
        return self();
    }
}
