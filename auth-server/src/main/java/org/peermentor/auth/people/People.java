package org.peermentor.auth.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The people who may sign in, by username; read once at start, their passwords hashed as they are read. */
public final class People {

    private final Map<String, UserAccount> byUsername;

    private People(Map<String, UserAccount> byUsername) {
        this.byUsername = byUsername;
    }

    /** Nobody: without a users file the issuer serves clients only. */
    public static People none() {
        return new People(Map.of());
    }

    /** Reads {@code [{"username","password","displayName","roles":[…],"programs":[…]}]}; a mistake fails the start. */
    public static People read(Path file, PasswordEncoder encoder) {
        List<UserAccount> people;
        try {
            people = JsonMapper.builder().build().readValue(Files.readString(file), new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file.toAbsolutePath(), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "The users file " + file.toAbsolutePath() + " is not valid: " + withoutContent(e));
        }
        Map<String, UserAccount> byUsername = new LinkedHashMap<>();
        for (UserAccount person : people) {
            if (byUsername.put(person.username(), person.withPassword(encoder.encode(person.password()))) != null) {
                throw new IllegalArgumentException(
                        "The users file " + file.toAbsolutePath() + " names " + person.username() + " twice");
            }
        }
        return new People(byUsername);
    }

    /**
     * Our own validation's message, or only where the JSON went wrong: Jackson's message may quote the text it could
     * not read, and that text may be a password. The cause is left out for the same reason.
     */
    private static String withoutContent(JacksonException e) {
        if (e.getCause() instanceof IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
        return e.getLocation() == null
                ? "not a JSON list of people"
                : "not a JSON list of people (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    boolean knows(String username) {
        return byUsername.containsKey(username);
    }

    public int size() {
        return byUsername.size();
    }
}
