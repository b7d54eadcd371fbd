package org.peermentor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.words.IssueWords;
import tools.jackson.databind.json.JsonMapper;

class DemoCohortTest {

    private static final List<LocalDate> WEEKS =
            List.of(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 7, 13));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoCohort cohort = DemoCohort.standard();

    @Test
    void twoProgramsHoldAboutOneHundredFiftyParticipantsAndFiftyMentors() {
        assertThat(cohort.programIds()).containsExactly("demo-recovery", "demo-wellbeing");
        assertThat(cohort.participants()).hasSize(150);
        assertThat(cohort.mentors()).hasSize(50);
        assertThat(cohort.participantsOf("demo-recovery")).hasSize(90);
        assertThat(cohort.mentorsOf("demo-recovery")).hasSize(30);
        assertThat(cohort.participantsOf("demo-wellbeing")).hasSize(60);
        assertThat(cohort.mentorsOf("demo-wellbeing")).hasSize(20);
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        assertThat(DemoCohort.generate(DemoCohort.DEFAULT_SEED)).isEqualTo(cohort);
        assertThat(DemoCohort.generate(7).participants()).isNotEqualTo(cohort.participants());
        assertThat(DemoCohort.generate(7).participants()).hasSameSizeAs(cohort.participants());
    }

    @Test
    void everyIdempotencyKeyComesFromTheSeedAndTheIndexAndNoTwoAreAlike() {
        assertThat(everyone())
                .extracting(DemoPerson::idempotencyKey)
                .doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("demo-" + DemoCohort.DEFAULT_SEED + "-"));
        assertThat(cohort.participants().get(17).idempotencyKey())
                .isEqualTo("demo-" + DemoCohort.DEFAULT_SEED + "-participant-17");
        assertThat(cohort.mentors().get(3).idempotencyKey()).isEqualTo("demo-" + DemoCohort.DEFAULT_SEED + "-mentor-3");
    }

    @Test
    void everyoneIsAValidRegistrationWithAnExampleOrgAddress() {
        int youngest = Year.now().getValue() - 16;
        for (DemoPerson person : everyone()) {
            Map<String, Object> body = person.body();
            Registration registration = registration(person);
            assertThat(body).containsEntry("programId", person.programId());
            assertThat(person.firstName()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(registration.lastName()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(registration.birthYear()).isBetween(1940, youngest);
            assertThat(person.strings("languages"))
                    .isNotEmpty()
                    .allMatch(l -> Set.of(Locale.getISOLanguages()).contains(l));
            assertThat(ZoneId.getAvailableZoneIds()).contains(person.timezone());
            assertThat(person.strings("formats")).isNotEmpty();
            if (person.strings("formats").contains("IN_PERSON")) {
                assertThat(registration.region()).isNotBlank();
            }
            assertThat(registration.availability())
                    .isNotEmpty()
                    .allMatch(slot -> LocalTime.parse(slot.end()).isAfter(LocalTime.parse(slot.start())));
            Registration.Consent consent = registration.consent();
            assertThat(consent.dataProcessing()).isEqualTo(true);
            if (Boolean.TRUE.equals(consent.contactByEmail())) {
                assertThat(person.email()).matches("[a-z]+\\.[a-z]+\\.[rw][pm]\\d{3}@example\\.org");
            }
            if (body.containsKey("phone")) {
                assertThat(registration.phone()).matches("\\+1555010\\d");
            }
        }
        assertThat(everyone())
                .extracting(DemoPerson::email)
                .filteredOn(e -> e != null)
                .doesNotHaveDuplicates();
        assertThat(cohort.mentors()).allMatch(m -> m.email() != null);
    }

    @Test
    void participantsAndMentorsUseTheContractsVocabulary() {
        for (DemoPerson p : cohort.participants()) {
            Registration registration = registration(p);
            assertThat(IssueWords.BUILT_IN_CODES)
                    .contains(registration.primaryIssue())
                    .containsAll(p.strings("issues"));
            assertThat(p.strings("issues"))
                    .startsWith(registration.primaryIssue())
                    .doesNotHaveDuplicates();
            assertThat(registration.urgency()).isIn("NORMAL", "HIGH");
            assertThat(registration.mentorGenderPreference()).isIn("ANY", "SAME", "FEMALE", "MALE", "NON_BINARY");
        }
        for (DemoPerson m : cohort.mentors()) {
            assertThat(IssueWords.BUILT_IN_CODES)
                    .containsAll(m.strings("livedExperience"))
                    .containsAll(m.strings("trainedFor"));
            assertThat(m.strings("livedExperience")).isNotEmpty();
            assertThat(registration(m).capacity()).isBetween(1, 4);
            assertThat(m.body()).containsEntry("active", true).doesNotContainKeys("primaryIssue", "urgency");
        }
    }

    @Test
    void theCohortIsVariedLikeARealOne() {
        Map<String, Long> languages = count(everyone(), p -> p.strings("languages"));
        assertThat(languages).containsKeys("en", "es", "pl", "fr", "de");
        assertThat(languages.get("en")).isGreaterThan(everyone().size() / 2);
        Map<String, Long> zones = count(everyone(), p -> List.of(p.timezone()));
        assertThat(zones).hasSizeGreaterThanOrEqualTo(10);
        assertThat(zones.entrySet().stream()
                        .filter(z ->
                                z.getKey().startsWith("America/") || z.getKey().startsWith("Europe/"))
                        .mapToLong(Map.Entry::getValue)
                        .sum())
                .isEqualTo(everyone().size());
        assertThat(count(everyone(), p -> p.strings("formats"))).containsOnlyKeys("ONLINE", "PHONE", "IN_PERSON");
        assertThat(count(everyone(), p -> List.of(registration(p).gender())))
                .containsOnlyKeys("FEMALE", "MALE", "NON_BINARY", "UNDISCLOSED");
        assertThat(count(cohort.participants(), p -> List.of(registration(p).mentorGenderPreference())))
                .containsKeys("ANY", "SAME", "FEMALE");
        assertThat(count(cohort.participants(), p -> List.of(registration(p).urgency()))
                        .get("HIGH"))
                .isBetween(10L, 40L);
        assertThat(count(cohort.participants(), p -> List.of(registration(p).primaryIssue())))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(cohort.mentors()).extracting(m -> registration(m).capacity()).contains(1, 2, 3, 4);
        assertThat(everyone().stream()
                        .flatMap(p -> registration(p).availability().stream())
                        .map(Registration.Slot::day))
                .contains("MONDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        assertThat(cohort.participants()).anyMatch(p -> !p.body().containsKey("email"));
    }

    @Test
    void eachProgramHasPeopleDeliberatelyHardToPlace() {
        for (String program : cohort.programIds()) {
            List<DemoPerson> hard = cohort.participantsOf(program).stream()
                    .filter(p -> p.obstacle() != Obstacle.NONE)
                    .toList();
            assertThat(hard)
                    .extracting(DemoPerson::obstacle)
                    .contains(
                            Obstacle.LANGUAGE_NOBODY_SPEAKS,
                            Obstacle.ISSUE_NOBODY_COVERS,
                            Obstacle.NO_SHARED_TIMES,
                            Obstacle.GENDER_PREFERENCE,
                            Obstacle.IN_PERSON_FAR_AWAY);
            List<DemoPerson> mentors = cohort.mentorsOf(program);
            for (DemoPerson p : hard) {
                assertThat(mentors)
                        .as("%s (%s) must fit no mentor of %s", p.idempotencyKey(), p.obstacle(), program)
                        .noneMatch(m -> fits(p, m));
                switch (p.obstacle()) {
                    case LANGUAGE_NOBODY_SPEAKS ->
                        assertThat(mentors).noneMatch(m -> shareAny(m.strings("languages"), p.strings("languages")));
                    case ISSUE_NOBODY_COVERS -> assertThat(mentors).noneMatch(m -> covers(m, p));
                    case NO_SHARED_TIMES -> assertThat(mentors).allMatch(m -> mostMinutesShared(p, m) < 60);
                    case GENDER_PREFERENCE ->
                        assertThat(p.body())
                                .containsEntry("gender", "UNDISCLOSED")
                                .containsEntry("mentorGenderPreference", "SAME");
                    case IN_PERSON_FAR_AWAY -> assertThat(mentors).noneMatch(m -> sameRegion(p, m));
                    default -> {}
                }
            }
        }
    }

    @Test
    void mostOfEveryoneElseHasAMentorWhoFits() {
        for (String program : cohort.programIds()) {
            List<DemoPerson> others = cohort.participantsOf(program).stream()
                    .filter(p -> p.obstacle() == Obstacle.NONE)
                    .toList();
            long fitting = others.stream()
                    .filter(p -> cohort.mentorsOf(program).stream().anyMatch(m -> fits(p, m)))
                    .count();
            assertThat(fitting)
                    .as("participants of %s with at least one mentor who fits", program)
                    .isGreaterThanOrEqualTo(Math.round(others.size() * 0.8));
        }
    }

    /** Rules H2-H6 of the contract, at the default minimum overlap of 60 minutes. */
    private static boolean fits(DemoPerson p, DemoPerson m) {
        List<String> shared = new ArrayList<>(p.strings("formats"));
        shared.retainAll(m.strings("formats"));
        boolean format = shared.stream().anyMatch(f -> !f.equals("IN_PERSON"))
                || shared.contains("IN_PERSON") && sameRegion(p, m);
        String preference = registration(p).mentorGenderPreference();
        String gender = registration(p).gender();
        String mentorsGender = registration(m).gender();
        boolean genderFits = preference.equals("ANY")
                || preference.equals(mentorsGender)
                || preference.equals("SAME") && gender.equals(mentorsGender) && !gender.equals("UNDISCLOSED");
        return covers(m, p)
                && shareAny(p.strings("languages"), m.strings("languages"))
                && format
                && genderFits
                && mostMinutesShared(p, m) >= 60;
    }

    /** The participant's region, which an in-person meeting needs, is the mentor's too. */
    private static boolean sameRegion(DemoPerson participant, DemoPerson mentor) {
        return registration(participant).region().equals(registration(mentor).region());
    }

    private static boolean covers(DemoPerson mentor, DemoPerson participant) {
        String issue = registration(participant).primaryIssue();
        return mentor.strings("livedExperience").contains(issue)
                || mentor.strings("trainedFor").contains(issue);
    }

    private static boolean shareAny(Collection<String> a, Collection<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** The most minutes a week the two calendars share, each slot in its owner's zone, over weeks on both sides of DST. */
    private static long mostMinutesShared(DemoPerson a, DemoPerson b) {
        long most = 0;
        for (LocalDate monday : WEEKS) {
            long shared = 0;
            for (Instant[] x : week(a, monday, 0)) {
                for (int shift = -1; shift <= 1; shift++) {
                    for (Instant[] y : week(b, monday, shift)) {
                        Instant start = x[0].isAfter(y[0]) ? x[0] : y[0];
                        Instant end = x[1].isBefore(y[1]) ? x[1] : y[1];
                        shared += Math.max(0, Duration.between(start, end).toMinutes());
                    }
                }
            }
            most = Math.max(most, shared);
        }
        return most;
    }

    private static List<Instant[]> week(DemoPerson person, LocalDate monday, int shiftWeeks) {
        ZoneId zone = ZoneId.of(person.timezone());
        return registration(person).availability().stream()
                .map(slot -> {
                    LocalDate day = monday.plusWeeks(shiftWeeks)
                            .plusDays(DayOfWeek.valueOf(slot.day()).getValue() - 1);
                    return new Instant[] {
                        ZonedDateTime.of(day, LocalTime.parse(slot.start()), zone)
                                .toInstant(),
                        ZonedDateTime.of(day, LocalTime.parse(slot.end()), zone).toInstant()
                    };
                })
                .toList();
    }

    private List<DemoPerson> everyone() {
        List<DemoPerson> everyone = new ArrayList<>(cohort.mentors());
        everyone.addAll(cohort.participants());
        return everyone;
    }

    /** The person's body read as intake reads a registration, instead of cast field by field. */
    private static Registration registration(DemoPerson person) {
        return JSON.convertValue(person.body(), Registration.class);
    }

    private static Map<String, Long> count(List<DemoPerson> people, Function<DemoPerson, List<String>> values) {
        return people.stream()
                .flatMap(p -> new HashSet<>(values.apply(p)).stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** A registration's body with the fields these tests read; a field the person does not have is null. */
    record Registration(
            String lastName,
            Integer birthYear,
            String gender,
            String region,
            String phone,
            String primaryIssue,
            String urgency,
            String mentorGenderPreference,
            Integer capacity,
            List<Slot> availability,
            Consent consent) {

        record Slot(String day, String start, String end) {}

        record Consent(Boolean dataProcessing, Boolean contactByEmail) {}
    }
}
