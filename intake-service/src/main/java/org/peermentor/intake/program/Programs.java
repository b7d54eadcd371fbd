package org.peermentor.intake.program;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.peermentor.intake.profile.ProfileKind;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The programs there are: those named in the {@code programs} collection plus every program id a participant or
 * mentor carries (one {@code distinct} per profile collection, served by the program index).
 */
@Component
record Programs(ReactiveMongoTemplate mongo, List<ProfileKind<?>> kinds) {
    static final String COLLECTION = "programs";
    private static final Comparator<ProgramName> BY_NAME = Comparator.comparing(
                    (ProgramName program) -> program.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(ProgramName::id);

    /** The programs among {@code ids} ({@code null}: all), sorted by display name. */
    Mono<List<ProgramName>> all(Collection<String> ids) {
        Query named = ids == null ? new Query() : Query.query(where("_id").in(ids));
        Query carried =
                ids == null ? new Query() : Query.query(where("programId").in(ids));
        Mono<Map<String, ProgramName>> byId = mongo.find(named, Document.class, COLLECTION)
                .map(Programs::program)
                .collectMap(ProgramName::id, program -> program, TreeMap::new);
        return byId.flatMap(programs -> Flux.fromIterable(kinds)
                .concatMap(kind -> mongo.findDistinct(carried, "programId", kind.collection(), String.class))
                .doOnNext(id -> programs.computeIfAbsent(id, ProgramName::unnamed))
                .then(Mono.fromSupplier(
                        () -> programs.values().stream().sorted(BY_NAME).toList())));
    }

    /** The program with this id, when it is named or carried by anyone. */
    Mono<ProgramName> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION)
                .map(Programs::program)
                .switchIfEmpty(Flux.fromIterable(kinds)
                        .concatMap(kind ->
                                mongo.exists(Query.query(where("programId").is(id)), kind.collection()))
                        .any(Boolean::booleanValue)
                        .filter(Boolean::booleanValue)
                        .map(carried -> ProgramName.unnamed(id)));
    }

    Mono<ProgramName> name(String id, String displayName) {
        return mongo.upsert(Query.query(where("_id").is(id)), new Update().set("displayName", displayName), COLLECTION)
                .thenReturn(new ProgramName(id, displayName));
    }

    private static ProgramName program(Document stored) {
        return new ProgramName(stored.getString("_id"), stored.getString("displayName"));
    }
}
