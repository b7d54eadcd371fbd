package org.peermentor.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Invents the demo cohort from one {@link Random}, program by program, mentors first. */
final class CohortGenerator {

    /** The deliberately hard cases of each program, spread over its participants' registration order. */
    private static final List<Obstacle> OBSTACLES = List.of(
            Obstacle.LANGUAGE_NOBODY_SPEAKS,
            Obstacle.ISSUE_NOBODY_COVERS,
            Obstacle.NO_SHARED_TIMES,
            Obstacle.GENDER_PREFERENCE,
            Obstacle.IN_PERSON_FAR_AWAY,
            Obstacle.NO_SHARED_TIMES);

    private static final String FAR_AWAY_REGION = "anchorage-midtown";

    private final long seed;
    private final Random random;
    private final List<DemoPerson> mentors = new ArrayList<>();
    private final List<DemoPerson> participants = new ArrayList<>();

    CohortGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    DemoCohort generate() {
        for (DemoProgram program : DemoProgram.ALL) {
            for (DemoHome home : DemoHome.roster(program.homes(), program.mentors(), random)) {
                mentors.add(mentor(program, home));
            }
            int spacing = program.participants() / (OBSTACLES.size() + 1);
            for (int i = 0; i < program.participants(); i++) {
                int slot = i / spacing - 1;
                boolean hard = i % spacing == 0 && slot >= 0 && slot < OBSTACLES.size();
                participants.add(participant(program, hard ? OBSTACLES.get(slot) : Obstacle.NONE));
            }
        }
        return new DemoCohort(seed, List.copyOf(mentors), List.copyOf(participants));
    }

    private DemoPerson mentor(DemoProgram program, DemoHome home) {
        int index = mentors.size();
        Map<String, Object> body =
                person(program, home, home.languages(random), gender(), 1958, 1998, tag(program, "m", index));
        List<String> lived = pickDistinct(program.primaryIssues(), random.nextDouble() < 0.3 ? 2 : 1);
        // mostly trained for what participants most often bring, sometimes for something further afield
        List<String> trainable = new ArrayList<>(program.primaryIssues());
        trainable.addAll(program.trainableIssues());
        trainable.removeAll(lived);
        body.put("livedExperience", lived);
        body.put("trainedFor", pickDistinct(trainable, 1 + random.nextInt(3)));
        body.put("formats", formats(0.9, 0.4, 0.35));
        body.put("availability", DemoAvailability.mentorSlots(random));
        body.put("capacity", weighted(new int[] {1, 2, 2, 2, 3, 3, 3, 4, 4}));
        body.put("active", true);
        body.put("consent", consent(true));
        return demoPerson(Role.MENTOR, index, program, Obstacle.NONE, body);
    }

    private DemoPerson participant(DemoProgram program, Obstacle obstacle) {
        int index = participants.size();
        DemoHome home = switch (obstacle) {
            case LANGUAGE_NOBODY_SPEAKS ->
                DemoHome.of(program.unspokenLanguage().equals("uk") ? "Europe/Warsaw" : "America/Los_Angeles");
            case NO_SHARED_TIMES -> DemoHome.of("America/Los_Angeles");
            case NONE -> DemoHome.pick(program.homes(), random);
            default -> DemoHome.of("America/Chicago"); // English-speaking, so that only the one obstacle stands
        };
        List<String> languages = obstacle == Obstacle.LANGUAGE_NOBODY_SPEAKS
                ? List.of(program.unspokenLanguage())
                : home.languages(random);
        String gender = obstacle == Obstacle.GENDER_PREFERENCE ? "UNDISCLOSED" : gender();
        boolean mayEmail = obstacle != Obstacle.NONE || random.nextDouble() < 0.9;
        Map<String, Object> body =
                person(program, home, languages, gender, 1962, 2006, mayEmail ? tag(program, "p", index) : null);
        String primary = obstacle == Obstacle.ISSUE_NOBODY_COVERS
                ? program.uncoveredIssue()
                : program.primaryIssues()
                        .get(random.nextInt(program.primaryIssues().size()));
        List<String> secondary = new ArrayList<>(program.secondaryIssues());
        secondary.remove(primary);
        List<String> issues = new ArrayList<>(List.of(primary));
        issues.addAll(pickDistinct(secondary, random.nextInt(3)));
        body.put("primaryIssue", primary);
        body.put("issues", List.copyOf(issues));
        body.put("formats", obstacle == Obstacle.IN_PERSON_FAR_AWAY ? List.of("IN_PERSON") : formats(0.9, 0.35, 0.3));
        body.put("mentorGenderPreference", obstacle == Obstacle.GENDER_PREFERENCE ? "SAME" : preference(gender));
        body.put(
                "availability",
                obstacle == Obstacle.NO_SHARED_TIMES
                        ? DemoAvailability.earlyMornings()
                        : DemoAvailability.participantSlots(random));
        body.put("urgency", random.nextDouble() < 0.15 ? "HIGH" : "NORMAL");
        body.put("consent", consent(mayEmail));
        if (obstacle == Obstacle.IN_PERSON_FAR_AWAY) {
            body.put("timezone", "America/Anchorage");
            body.put("region", FAR_AWAY_REGION);
        }
        return demoPerson(Role.PARTICIPANT, index, program, obstacle, body);
    }

    /** The fields both kinds share; {@code tag} null means no email address (a participant reached by phone). */
    private Map<String, Object> person(
            DemoProgram program,
            DemoHome home,
            List<String> languages,
            String gender,
            int bornFrom,
            int bornTo,
            String tag) {
        String firstName = DemoNames.firstName(languages.get(0), gender, random);
        String lastName = DemoNames.lastName(languages.get(0), random);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programId", program.id());
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        if (tag != null) {
            body.put("email", DemoNames.email(firstName, lastName, tag));
        }
        if (home.usPhone() || tag == null) {
            body.put("phone", "+1555010" + random.nextInt(10)); // 555-0100..0199 are reserved for fiction
        }
        body.put("birthYear", bornFrom + random.nextInt(bornTo - bornFrom + 1));
        body.put("gender", gender);
        body.put("languages", languages);
        body.put("timezone", home.timezone());
        body.put("region", home.region(random));
        return body;
    }

    private String gender() {
        double roll = random.nextDouble();
        return roll < 0.48 ? "FEMALE" : roll < 0.9 ? "MALE" : roll < 0.96 ? "NON_BINARY" : "UNDISCLOSED";
    }

    private String preference(String gender) {
        double roll = random.nextDouble();
        if (roll < 0.25 && !gender.equals("UNDISCLOSED")) {
            return "SAME";
        }
        return roll < 0.9 ? "ANY" : roll < 0.97 ? "FEMALE" : "MALE";
    }

    private List<String> formats(double online, double phone, double inPerson) {
        List<String> formats = new ArrayList<>();
        if (random.nextDouble() < online) {
            formats.add("ONLINE");
        }
        if (random.nextDouble() < phone) {
            formats.add("PHONE");
        }
        if (random.nextDouble() < inPerson || formats.isEmpty()) {
            formats.add("IN_PERSON");
        }
        return List.copyOf(formats);
    }

    private static Map<String, Object> consent(boolean contactByEmail) {
        return Map.of("dataProcessing", true, "contactByEmail", contactByEmail);
    }

    private List<String> pickDistinct(List<String> from, int count) {
        List<String> distinct = new ArrayList<>(from.stream().distinct().toList());
        List<String> picked = new ArrayList<>();
        while (picked.size() < count && !distinct.isEmpty()) {
            // drawing from the list with repeats weighs common issues, and then removes the code once drawn
            String next = from.get(random.nextInt(from.size()));
            if (distinct.remove(next)) {
                picked.add(next);
            }
        }
        return List.copyOf(picked);
    }

    private int weighted(int[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String tag(DemoProgram program, String kind, int index) {
        return program.id().substring("demo-".length(), "demo-".length() + 1) + kind + String.format("%03d", index);
    }

    /** The person as the loader takes them, under an idempotency key made of the seed, their role and their index. */
    private DemoPerson demoPerson(
            Role role, int index, DemoProgram program, Obstacle obstacle, Map<String, Object> body) {
        String key = "demo-" + seed + "-" + role.name().toLowerCase(Locale.ROOT) + "-" + index;
        return new DemoPerson(role, index, program.id(), key, obstacle, Collections.unmodifiableMap(body));
    }
}
