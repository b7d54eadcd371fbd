package org.peermentor.matching.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.peermentor.service.security.Caller;
import reactor.core.publisher.Mono;

/**
 * Object-level checks (OWASP API1) for every endpoint that names a program or a record: outside the programs of
 * the caller's token the answer is the same 404 a missing record gets, so nobody learns what other programs hold.
 */
public final class Access {

    private Access() {}

    /** Completes when the caller may act on this program; else a 404 naming {@code what} ("rounds", …). */
    public static Mono<Void> program(String programId, String what) {
        return Caller.current()
                .doOnNext(caller -> caller.requireProgram(programId, what))
                .then();
    }

    /** The record {@code found}, if the caller may see its program; a 404 as for a missing one otherwise. */
    public static <T> Mono<T> visible(Mono<T> found, Function<T, String> programOf, String what, String id) {
        return Caller.current()
                .flatMap(caller -> found.flatMap(record -> caller.visible(record, programOf.apply(record), what, id)));
    }

    /**
     * The programs a list covers: the one asked for (404 when it is not the caller's), else every program of the
     * caller's ({@code null}: all).
     */
    public static Mono<Programs> listing(String programId, String what) {
        return Caller.current().map(caller -> {
            if (programId != null) {
                caller.requireProgram(programId, what);
                return new Programs(List.of(programId));
            }
            return new Programs(caller.programFilter());
        });
    }

    /** Which programs to read; {@code ids} null means every program. */
    public record Programs(Collection<String> ids) {}
}
