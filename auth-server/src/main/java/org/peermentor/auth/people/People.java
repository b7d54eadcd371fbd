package org.peermentor.auth.people;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peermentor.auth.files.SecretsFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.core.type.TypeReference;

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
        SecretsFile source = new SecretsFile(file, "users file", "people");
        List<UserAccount> people = source.readList(new TypeReference<>() {});
        Map<String, UserAccount> byUsername = new LinkedHashMap<>();
        for (UserAccount person : people) {
            if (byUsername.put(person.username(), person.withPassword(encoder.encode(person.password()))) != null) {
                throw source.mistake("names " + person.username() + " twice");
            }
        }
        return new People(byUsername);
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
