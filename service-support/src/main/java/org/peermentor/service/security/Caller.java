package org.peermentor.service.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.peermentor.service.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * Who is asking: the client named by the token ({@code clientId}), the person or client the token speaks for
 * ({@code subject}, its {@code sub}) and how to call them ({@code displayName}, claim {@code name}, else the subject),
 * its roles and the programs it may act on ({@code programs} claim; {@code null} when the claim is absent, which means
 * every program). Outside its programs a caller is answered as if the record did not exist. A client-credentials
 * token speaks for its client: subject and display name are the client id.
 */
public record Caller(String clientId, String subject, String displayName, Set<String> roles, Set<String> programs) {

    /** Used where no token is involved (the mentor's signed link, the service's own listeners). */
    public static final Caller SYSTEM = new Caller("system", Set.of(), null);

    public Caller {
        subject = subject == null ? clientId : subject;
        displayName = displayName == null || displayName.isBlank() ? subject : displayName;
        roles = Set.copyOf(roles);
        programs = programs == null ? null : Set.copyOf(programs);
    }

    /** A client acting for itself (a service, a machine client): it is its own subject. */
    public Caller(String clientId, Set<String> roles, Set<String> programs) {
        this(clientId, clientId, clientId, roles, programs);
    }

    /** The caller of the current request; {@link #SYSTEM} outside a secured request. */
    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Caller::of)
                .defaultIfEmpty(SYSTEM);
    }

    static Caller of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            List<String> roles = jwt.getToken().getClaimAsStringList(TokenClaims.ROLES);
            List<String> programs = jwt.getToken().hasClaim(TokenClaims.PROGRAMS)
                    ? jwt.getToken().getClaimAsStringList(TokenClaims.PROGRAMS)
                    : null;
            String clientId = clientIdOf(jwt);
            String subject = jwt.getToken().getSubject();
            return new Caller(
                    clientId,
                    subject,
                    jwt.getToken().getClaimAsString(TokenClaims.NAME),
                    roles == null ? Set.of() : new TreeSet<>(roles),
                    programs == null ? null : new TreeSet<>(programs));
        }
        return new Caller(authentication.getName(), Set.of(), Set.of());
    }

    private static String clientIdOf(JwtAuthenticationToken jwt) {
        String azp = jwt.getToken().getClaimAsString("azp");
        String clientId = jwt.getToken().getClaimAsString("client_id");
        return azp != null ? azp : clientId != null ? clientId : jwt.getName();
    }

    public boolean allPrograms() {
        return programs == null;
    }

    public boolean mayAct(String programId) {
        return programs == null || (programId != null && programs.contains(programId));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /**
     * Lets a record through only when its program is one of the caller's; otherwise fails with the same 404 a
     * missing record gets, so a caller cannot learn that a record of another program exists.
     */
    public <T> Mono<T> visible(T record, String programId, String what, String id) {
        return mayAct(programId) ? Mono.just(record) : Mono.error(ProblemException.notFound(what, id));
    }

    /** Refuses a program outside the caller's with 404, as if the program had no records. */
    public void requireProgram(String programId, String what) {
        if (!mayAct(programId)) {
            throw new ProblemException(404, "Not found", "No " + what + " in program " + programId + ".");
        }
    }

    /** The programs to list when the caller names none: {@code null} for all, else the caller's own. */
    public Collection<String> programFilter() {
        return programs;
    }
}
