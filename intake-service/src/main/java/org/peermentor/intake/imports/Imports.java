package org.peermentor.intake.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.peermentor.contracts.Profile;
import org.peermentor.intake.IntakeProperties;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.service.security.Caller;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.peermentor.service.web.ProblemException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an import: the body's records as they arrive, the first one the header, the rest read into requests and
 * stored a batch at a time. A problem with the file itself (too large, a row too long, a quote never closed) found
 * before any row was answered is the whole answer (413 or 400); found later, the answer already sent ends with one
 * more REJECTED row saying from which row on nothing was imported, so a response is never cut off mid-way.
 */
@Service
class Imports {

    private final Map<String, ImportKind<?>> kinds = new LinkedHashMap<>();
    private final JsonMapper json;
    private final IntakeProperties.Imports settings;

    Imports(List<Registrar<?>> registrars, AuditTrail audit, JsonMapper json, IntakeProperties properties) {
        this.json = json;
        this.settings = properties.imports();
        for (Registrar<?> registrar : registrars) {
            kinds.put(registrar.kind().collection(), ImportKind.of(registrar, audit));
        }
    }

    /** The kind named by the {@code kind} parameter ({@code participants} or {@code mentors}); 400 otherwise. */
    ImportKind<?> kind(String name) {
        ImportKind<?> kind = name == null ? null : kinds.get(name);
        if (kind == null) {
            throw new InvalidRequestException(List.of(new FieldError("kind", "must be one of " + kinds.keySet())));
        }
        return kind;
    }

    long maxBytes() {
        return settings.maxSize().toBytes();
    }

    Flux<RowResult> run(ImportKind<?> kind, String programId, Caller caller, Flux<DataBuffer> body) {
        return results(kind, programId, caller, CsvReader.records(body, maxBytes(), (int)
                settings.maxRowSize().toBytes()));
    }

    private <P extends Profile> Flux<RowResult> results(
            ImportKind<P> kind, String programId, Caller caller, Flux<CsvRecord> records) {
        AtomicInteger lastAnswered = new AtomicInteger(1);
        return records.filter(record -> !record.blank())
                .switchOnFirst((first, all) -> {
                    if (first.isOnError()) {
                        return all.thenMany(Flux.<RowResult>empty());
                    }
                    if (!first.hasValue()) {
                        return Flux.error(
                                new ProblemException(
                                        400,
                                        "Empty file",
                                        "The file is empty: it needs a header row naming the columns, then one row per person."));
                    }
                    RowReader reader;
                    try {
                        reader = RowReader.forHeader(first.get(), kind.registrar(), json, programId, kind.name());
                    } catch (ProblemException notAHeader) {
                        return Flux.error(notAHeader);
                    }
                    // one batch read ahead at most, and a file problem found meanwhile waits for the batch being
                    // stored: memory stays bounded and no write is cut off half-way
                    return all.skip(1)
                            .map(reader::read)
                            .buffer(settings.batchSize())
                            .concatMapDelayError(rows -> kind.writer().write(rows, caller), false, 1);
                })
                .doOnNext(result -> lastAnswered.set(result.row()))
                .onErrorResume(
                        ProblemException.class,
                        problem -> lastAnswered.get() == 1
                                ? Flux.error(problem)
                                : Flux.just(RowResult.rejected(
                                        lastAnswered.get() + 1,
                                        "file",
                                        problem.getMessage() + " Nothing from row " + (lastAnswered.get() + 1)
                                                + " on was imported.")));
    }
}
