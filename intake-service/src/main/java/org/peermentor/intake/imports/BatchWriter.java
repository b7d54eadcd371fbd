package org.peermentor.intake.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.Profile;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.audit.RecordAction;
import org.peermentor.intake.profile.ProfileRequest;
import org.peermentor.intake.profile.ProfileStore;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.intake.profile.RequestFingerprint;
import org.peermentor.intake.profile.StoredProfile;
import org.peermentor.service.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores a batch of rows in a few writes: one lookup of the rows imported before (by their import key) and of the
 * emails already registered in the program, one insert of the new profiles, one insert of their audit entries.
 * A row imported before is UNCHANGED with the id it got then. A row whose email is registered already is
 * UNCHANGED when the stored person has the same details, else REJECTED on {@code email}.
 */
final class BatchWriter<P extends Profile> {

    private static final Set<String> SERVER_OWNED = Set.of("id", "version", "status", "registeredAt", "updatedAt");

    private final Registrar<P> registrar;
    private final ProfileStore<P> store;
    private final AuditTrail audit;

    BatchWriter(Registrar<P> registrar, AuditTrail audit) {
        this.registrar = registrar;
        this.store = registrar.store();
        this.audit = audit;
    }

    /** The import key of a row: what it would register, in this kind and program, whatever file it comes in. */
    String importKey(ProfileRequest request) {
        return RequestFingerprint.of(List.of(registrar.kind().name(), request.programId(), request));
    }

    Flux<RowResult> write(List<ParsedRow> rows, Caller caller) {
        List<Candidate<P>> candidates = rows.stream()
                .filter(ParsedRow::valid)
                .map(row -> {
                    P profile = registrar.registered(row.request());
                    return new Candidate<>(row, profile, importKey(row.request()), ProfileStore.emailKeyOf(profile));
                })
                .toList();
        return store.findByKey(
                        ProfileStore.IMPORT_KEY,
                        candidates.stream().map(Candidate::importKey).distinct().toList())
                .collectMap(StoredProfile::importKey, Function.identity())
                // emails only of the rows not imported before: a file imported again costs one lookup per batch
                .flatMap(imported -> store.findByKey(
                                ProfileStore.EMAIL_KEY,
                                candidates.stream()
                                        .filter(candidate -> !imported.containsKey(candidate.importKey()))
                                        .map(Candidate::emailKey)
                                        .filter(Objects::nonNull)
                                        .distinct()
                                        .toList())
                        .collectMap(stored -> ProfileStore.emailKeyOf(stored.profile()), Function.identity())
                        .map(registered -> Tuples.of(imported, registered)))
                .flatMapMany(found -> decideAndStore(rows, candidates, found.getT1(), found.getT2(), caller));
    }

    private Flux<RowResult> decideAndStore(
            List<ParsedRow> rows,
            List<Candidate<P>> candidates,
            Map<String, StoredProfile<P>> imported,
            Map<String, StoredProfile<P>> registered,
            Caller caller) {
        Map<Integer, RowResult> results = new HashMap<>();
        Map<String, Candidate<P>> newByImportKey = new HashMap<>();
        Map<String, Candidate<P>> newByEmail = new HashMap<>();
        List<Candidate<P>> fresh = new ArrayList<>();
        for (Candidate<P> candidate : candidates) {
            int row = candidate.row().number();
            StoredProfile<P> before = imported.get(candidate.importKey());
            StoredProfile<P> sameEmail = candidate.emailKey() == null ? null : registered.get(candidate.emailKey());
            if (before != null) {
                results.put(row, RowResult.unchanged(row, before.profile().id()));
            } else if (newByImportKey.containsKey(candidate.importKey())) {
                results.put(
                        row,
                        RowResult.unchanged(
                                row,
                                newByImportKey
                                        .get(candidate.importKey())
                                        .profile()
                                        .id()));
            } else if (sameEmail != null) {
                results.put(
                        row,
                        sameContent(sameEmail.profile(), candidate.profile())
                                ? RowResult.unchanged(row, sameEmail.profile().id())
                                : RowResult.rejected(
                                        row, "email", "is already registered in this program with other details"));
            } else if (candidate.emailKey() != null && newByEmail.containsKey(candidate.emailKey())) {
                results.put(
                        row,
                        RowResult.rejected(
                                row,
                                "email",
                                "is used by row "
                                        + newByEmail
                                                .get(candidate.emailKey())
                                                .row()
                                                .number() + " of this file with other details"));
            } else {
                newByImportKey.put(candidate.importKey(), candidate);
                if (candidate.emailKey() != null) {
                    newByEmail.put(candidate.emailKey(), candidate);
                }
                fresh.add(candidate);
            }
        }
        Map<String, P> freshById =
                fresh.stream().collect(Collectors.toMap(c -> c.profile().id(), Candidate::profile));
        return insert(fresh)
                .doOnNext(result -> results.put(result.row(), result))
                .filter(result -> result.status() == RowStatus.CREATED)
                .map(created -> freshById.get(created.id()))
                .collectList()
                .flatMap(created -> audit.recordAll(
                        caller, RecordAction.CREATE, registrar.kind().name(), created))
                .thenMany(Flux.fromIterable(rows)
                        .map(row -> row.valid()
                                ? results.get(row.number())
                                : RowResult.rejected(row.number(), row.errors())));
    }

    /** One insert of them all; should another writer have registered one meanwhile, each is stored on its own. */
    private Flux<RowResult> insert(List<Candidate<P>> fresh) {
        return store.insertImported(
                        fresh.stream().map(Candidate::profile).toList(),
                        fresh.stream().map(Candidate::importKey).toList())
                .thenMany(Flux.fromIterable(fresh)
                        .map(c ->
                                RowResult.created(c.row().number(), c.profile().id())))
                .onErrorResume(
                        DuplicateKeyException.class,
                        raced -> Flux.fromIterable(fresh).concatMap(this::insertAlone));
    }

    private Mono<RowResult> insertAlone(Candidate<P> candidate) {
        int row = candidate.row().number();
        return store.insertImported(List.of(candidate.profile()), List.of(candidate.importKey()))
                .thenReturn(RowResult.created(row, candidate.profile().id()))
                .onErrorResume(
                        DuplicateKeyException.class,
                        duplicate -> store.findByKey(ProfileStore.IMPORT_KEY, List.of(candidate.importKey()))
                                .next()
                                .map(stored -> {
                                    if (stored.profile()
                                            .id()
                                            .equals(candidate.profile().id())) {
                                        store.announce(
                                                stored.profile()); // stored by the batch's insert before it failed
                                        return RowResult.created(
                                                row, stored.profile().id());
                                    }
                                    return RowResult.unchanged(
                                            row, stored.profile().id());
                                })
                                .defaultIfEmpty(
                                        RowResult.rejected(row, "email", "is already registered in this program")));
    }

    /** Whether two profiles hold the same details, whatever their ids, versions, statuses and times. */
    private static boolean sameContent(Profile stored, Profile candidate) {
        return details(stored).equals(details(candidate));
    }

    private static ObjectNode details(Profile profile) {
        ObjectNode tree = EventJson.mapper().valueToTree(profile);
        SERVER_OWNED.forEach(tree::remove);
        return tree;
    }

    private record Candidate<P>(ParsedRow row, P profile, String importKey, String emailKey) {}
}
