package org.peermentor.intake.people;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.profile.Registrar;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Service;

/** The flow of each kind of profile, by its path ({@code /api/participants}, {@code /api/mentors}). */
@Service
class ProfileFlows {

    private final Map<String, ProfileFlow<?>> byPath;

    ProfileFlows(List<Registrar<?>> registrars, AuditTrail audit) {
        this.byPath = registrars.stream().<ProfileFlow<?>>map(registrar -> new ProfileFlow<>(registrar, audit))
                .collect(Collectors.toUnmodifiableMap(ProfileFlow::path, Function.identity()));
    }

    /**
     * The flow of the kind the request's path starts with ({@code /api/participants/…}); the controller's mappings
     * admit only the kinds there are.
     */
    ProfileFlow<?> of(ServerHttpRequest request) {
        String[] segments = request.getPath().pathWithinApplication().value().split("/", 4);
        return byPath.get("/" + segments[1] + "/" + segments[2]);
    }
}
