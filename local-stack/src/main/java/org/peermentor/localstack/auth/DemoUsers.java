package org.peermentor.localstack.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people who sign in to the staff console, in {@code DATA_DIR/demo-users.json}: made with random passwords at
 * the first start, found again at every later one (the issuer reads the same file, {@code --auth.users-file}). People
 * added to the file by hand are kept; a demo person missing from it is added with a new password.
 *
 * @param file where the people are kept
 * @param people everyone in the file, demo or added by hand
 */
public record DemoUsers(Path file, List<DemoUser> people) {

    public static final String FILE_NAME = "demo-users.json";
    /** Registers, reads, changes and withdraws participants and mentors, in every program. */
    public static final String INTAKE = "intake";
    /** Runs rounds, reviews pairings, reads profiles and the delivery log, in every program. */
    public static final String MANAGER = "manager";
    /** A program manager of {@code demo-recovery} only. */
    public static final String RECOVERY_MANAGER = "recovery-manager";

    private static final List<DemoUser> DEMO_PEOPLE = List.of(
            new DemoUser(INTAKE, null, "Ida Intake", List.of("INTAKE"), List.of()),
            new DemoUser(MANAGER, null, "Max Manager", List.of("PROGRAM_MANAGER"), List.of()),
            new DemoUser(
                    RECOVERY_MANAGER, null, "Rosa Recovery", List.of("PROGRAM_MANAGER"), List.of("demo-recovery")));
    // no 0/o, 1/l/i: a password read off a terminal is typed right the first time
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5; // 20 characters of 31: 99 bits
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    public DemoUsers {
        people = List.copyOf(people);
    }

    /** The data folder's people, written (readable by its owner only) when a demo person is not there yet. */
    public static DemoUsers loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        List<DemoUser> people = new ArrayList<>(Files.exists(file) ? read(file).people() : List.of());
        int before = people.size();
        for (DemoUser demo : DEMO_PEOPLE) {
            if (people.stream().noneMatch(p -> p.username().equals(demo.username()))) {
                people.add(demo.withPassword(newPassword()));
            }
        }
        if (people.size() > before) {
            OwnerOnlyFile.write(file, JSON.writeValueAsString(people), "demo people");
        }
        return new DemoUsers(file, people);
    }

    /** Reads a users file, for example the one a running {@code ./run-local} wrote. */
    public static DemoUsers read(Path file) {
        try {
            return new DemoUsers(
                    file, JSON.readValue(OwnerOnlyFile.read(file, "demo people"), new TypeReference<>() {}));
        } catch (JacksonException e) {
            throw new IllegalStateException("The demo people in " + file + " are not a valid JSON list (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "); delete the file to make new ones");
        }
    }

    public DemoUser person(String username) {
        return people.stream()
                .filter(p -> p.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No person " + username + " in " + file));
    }

    /** The person's password, to sign in with. */
    public String password(String username) {
        return person(username).password();
    }

    /** The name the console shows for the person. */
    public String displayName(String username) {
        return person(username).displayName();
    }

    /** Four groups of five letters and digits, {@code k7mq2-…}: easy to read out, hard to guess. */
    static String newPassword() {
        return IntStream.range(0, GROUPS)
                .mapToObj(group -> IntStream.range(0, GROUP_LENGTH)
                        .mapToObj(i -> String.valueOf(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()))))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("-"));
    }
}
