package org.peermentor.intake.profile;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.peermentor.contracts.Profile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.audit.RecordAction;
import org.peermentor.service.security.Caller;
import org.peermentor.service.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A profile store seen through the caller's token: a record outside the caller's programs answers 404 as if it
 * did not exist (object-level checks on every id), and every read and change leaves an entry in the audit trail
 * before it is answered.
 */
public final class GuardedProfiles<P extends Profile> {

    private static final Logger log = LoggerFactory.getLogger(GuardedProfiles.class);

    private final ProfileStore<P> store;
    private final AuditTrail audit;

    public GuardedProfiles(ProfileStore<P> store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public ProfileStore<P> store() {
        return store;
    }

    /**
     * {@code build} validates the request and makes the new profile; its program must be one of the caller's. An
     * {@code Idempotency-Key} is the caller's own: another client using the same key registers afresh, and a retry
     * answered with a record since moved outside the caller's programs gets 404, as any read of it would.
     */
    public Mono<P> register(Callable<P> build, String idempotencyKey, Supplier<String> fingerprint) {
        return Caller.current()
                .flatMap(caller -> Mono.fromCallable(build)
                        .doOnNext(profile -> caller.requireProgram(
                                profile.programId(), store.kind().name() + "s"))
                        .flatMap(profile -> store.insert(profile, ownKey(caller, idempotencyKey), fingerprint.get()))
                        .flatMap(stored -> caller.visible(
                                stored, stored.programId(), store.kind().name(), stored.id()))
                        .flatMap(stored -> audited(caller, RecordAction.CREATE, stored))
                        .doOnNext(stored -> log.info(
                                "Registered {} {} in program {}",
                                store.kind().name(),
                                stored.id(),
                                stored.programId())));
    }

    /** A key belongs to whoever sent it: the client, or the person signed in through a shared client such as the console. */
    private static String ownKey(Caller caller, String idempotencyKey) {
        return idempotencyKey == null ? null : caller.clientId() + " " + caller.subject() + " " + idempotencyKey;
    }

    public Mono<P> read(String id) {
        return Caller.current()
                .flatMap(caller -> visible(caller, id).flatMap(profile -> audited(caller, RecordAction.READ, profile)));
    }

    public Flux<P> list(String programId, ProfileStatus status, NameSearch name, Paging paging) {
        return Caller.current().flatMapMany(caller -> {
            if (programId != null) {
                caller.requireProgram(programId, store.kind().name() + "s");
            }
            var programs = programId != null ? List.of(programId) : caller.programFilter();
            return store.list(programs, status, name, paging.page(), paging.size())
                    .collectList()
                    .flatMap(page -> audit.recordAll(
                                    caller, RecordAction.LIST, store.kind().name(), page)
                            .thenReturn(page))
                    .flatMapIterable(page -> page);
        });
    }

    /**
     * Changes a visible record: {@code check} validates the request (400), {@code newProgramId} must be one of the
     * caller's too, and {@code change} makes the next version from the current one.
     */
    public Mono<P> update(
            String id, Long expectedVersion, Runnable check, String newProgramId, UnaryOperator<P> change) {
        return Caller.current()
                .flatMap(caller -> visible(caller, id)
                        .doOnNext(current -> {
                            check.run();
                            caller.requireProgram(newProgramId, store.kind().name() + "s");
                        })
                        .flatMap(current -> store.revise(id, expectedVersion, change))
                        .flatMap(next -> audited(caller, RecordAction.UPDATE, next)));
    }

    /** Withdraws a visible record; withdrawing twice changes nothing. */
    public Mono<Void> withdraw(String id, UnaryOperator<P> withdrawn) {
        return Caller.current()
                .flatMap(caller -> visible(caller, id)
                        .filter(current -> current.status() != ProfileStatus.WITHDRAWN)
                        .flatMap(current -> store.revise(id, null, withdrawn))
                        .flatMap(next -> audited(caller, RecordAction.WITHDRAW, next))
                        .then());
    }

    /** Erases a visible record everywhere (see {@link ProfileStore#erase}). */
    public Mono<Void> erase(String id) {
        return Caller.current()
                .flatMap(caller -> visible(caller, id)
                        .flatMap(current -> store.erase(id)
                                .then(audit.record(
                                        caller, RecordAction.ERASE, store.kind().name(), id, current.programId()))));
    }

    private Mono<P> visible(Caller caller, String id) {
        return store.get(id)
                .flatMap(profile -> caller.visible(
                        profile, profile.programId(), store.kind().name(), id));
    }

    private Mono<P> audited(Caller caller, RecordAction action, P profile) {
        return audit.record(caller, action, store.kind().name(), profile.id(), profile.programId())
                .thenReturn(profile);
    }
}
