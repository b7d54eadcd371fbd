package org.peermentor.localstack.auth;

import java.util.List;

/**
 * One person who signs in to the staff console, in the contract's shape
 * {@code {"username","password","displayName","roles":[…],"programs":[…]}}; empty {@code programs} means every program.
 */
public record DemoUser(
        String username, String password, String displayName, List<String> roles, List<String> programs) {

    public DemoUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    DemoUser withPassword(String replacement) {
        return new DemoUser(username, replacement, displayName, roles, programs);
    }

    /** The programs in words: {@code all programs}, or {@code only demo-recovery}. */
    public String describePrograms() {
        return programs.isEmpty() ? "all programs" : "only " + String.join(", ", programs);
    }

    /** Never the password, so that a person in a log or an error message gives nothing away. */
    @Override
    public String toString() {
        return "DemoUser[username=" + username + ", roles=" + roles + ", programs=" + programs + "]";
    }
}
