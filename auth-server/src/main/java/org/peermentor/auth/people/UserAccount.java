package org.peermentor.auth.people;

import java.util.List;
import java.util.Set;

/**
 * One person of the users file, {@code {"username","password","displayName","roles":[…],"programs":[…]}}: empty or
 * absent {@code programs} means every program. Held in memory with the password hashed.
 */
public record UserAccount(
        String username, String password, String displayName, List<String> roles, List<String> programs) {

    /** The contract's roles, for people and clients alike. */
    public static final Set<String> ROLES = Set.of("INTAKE", "PROGRAM_MANAGER");

    public UserAccount {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a person has no username");
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("person " + username + " has no password");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = roles == null ? List.of() : List.copyOf(roles);
        programs = programs == null ? List.of() : List.copyOf(programs);
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException(
                    "person " + username + " must have roles among " + ROLES + ", not " + roles);
        }
    }

    /** The same person with the password replaced (by its hash). */
    UserAccount withPassword(String replacement) {
        return new UserAccount(username, replacement, displayName, roles, programs);
    }

    /** Empty programs means every program, and the person's tokens carry no {@code programs} claim. */
    public boolean limitedToPrograms() {
        return !programs.isEmpty();
    }

    /** Never the password, not even hashed. */
    @Override
    public String toString() {
        return "UserAccount[username=" + username + ", roles=" + roles + ", programs=" + programs + "]";
    }
}
