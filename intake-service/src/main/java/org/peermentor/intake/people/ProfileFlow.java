package org.peermentor.intake.people;

import org.peermentor.contracts.Profile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.profile.GuardedProfiles;
import org.peermentor.intake.profile.NameSearch;
import org.peermentor.intake.profile.ProfileRequest;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.intake.profile.RequestFingerprint;
import org.peermentor.service.web.Paging;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registers, changes and withdraws the people of one kind; every change is stored with the event announcing it, and
 * every access is checked against the caller's programs and audited ({@link GuardedProfiles}).
 */
final class ProfileFlow<P extends Profile> {

    private final Registrar<P> registrar;
    private final GuardedProfiles<P> guarded;

    ProfileFlow(Registrar<P> registrar, AuditTrail audit) {
        this.registrar = registrar;
        this.guarded = new GuardedProfiles<>(registrar.store(), audit);
    }

    Mono<Profile> register(ProfileRequest request, String idempotencyKey) {
        return guarded.register(
                        () -> {
                            RequestFingerprint.checkKey(idempotencyKey);
                            registrar.check(request);
                            return registrar.registered(request);
                        },
                        idempotencyKey,
                        () -> RequestFingerprint.of(request))
                .cast(Profile.class);
    }

    Mono<Profile> update(String id, ProfileRequest request, Long expectedVersion) {
        return guarded.update(
                        id,
                        expectedVersion,
                        () -> registrar.check(request),
                        request.programId(),
                        current -> registrar.revised(current, request))
                .cast(Profile.class);
    }

    Mono<Void> withdraw(String id) {
        return guarded.withdraw(id, registrar::withdrawn);
    }

    Mono<Void> erase(String id) {
        return guarded.erase(id);
    }

    Mono<Profile> get(String id) {
        return guarded.read(id).cast(Profile.class);
    }

    Flux<Profile> list(String programId, ProfileStatus status, String q, Paging paging) {
        return guarded.list(programId, status, NameSearch.of(q), paging).cast(Profile.class);
    }
}
