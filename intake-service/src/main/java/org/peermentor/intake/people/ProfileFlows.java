package org.peermentor.intake.people;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.profile.Registrar;
import org.springframework.stereotype.Service;

/** The flow of each kind of profile, by the name of its collection, which is also its path ({@code participants}). */
@Service
class ProfileFlows {

    private final Map<String, ProfileFlow<?>> byKind;

    ProfileFlows(List<Registrar<?>> registrars, AuditTrail audit) {
        this.byKind = registrars.stream()
                .collect(Collectors.toUnmodifiableMap(
                        registrar -> registrar.kind().collection(), registrar -> new ProfileFlow<>(registrar, audit)));
    }

    /** The flow of the kind the path names; the controller's mapping admits only the kinds there are. */
    ProfileFlow<?> of(String kind) {
        return byKind.get(kind);
    }
}
