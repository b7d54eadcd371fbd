package org.peermentor.intake.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Urgency;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.intake.profile.GuardedProfiles;
import org.peermentor.intake.profile.NameSearch;
import org.peermentor.intake.profile.ProfileRules;
import org.peermentor.intake.profile.ProfileKind;
import org.peermentor.intake.profile.ProfileStore;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.intake.profile.RequestFingerprint;
import org.peermentor.intake.profile.Requests;
import org.peermentor.service.web.Paging;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Registers, changes and withdraws participants; every change is stored with the event announcing it. */
@Service
class ParticipantService implements Registrar<ParticipantRequest, ParticipantProfile> {

    private final ProfileStore<ParticipantProfile> store;
    private final GuardedProfiles<ParticipantProfile> guarded;
    private final ProfileRules rules;

    ParticipantService(ProfileStore<ParticipantProfile> store, AuditTrail audit, ProfileRules rules) {
        this.store = store;
        this.guarded = new GuardedProfiles<>(store, audit);
        this.rules = rules;
    }

    Mono<ParticipantProfile> register(ParticipantRequest request, String idempotencyKey) {
        return guarded.register(() -> {
            RequestFingerprint.checkKey(idempotencyKey);
            check(request);
            return registered(request);
        }, idempotencyKey, () -> RequestFingerprint.of(request));
    }

    @Override
    public ProfileKind<ParticipantProfile> kind() {
        return store.kind();
    }

    @Override
    public Class<ParticipantRequest> requestType() {
        return ParticipantRequest.class;
    }

    @Override
    public ParticipantProfile registered(ParticipantRequest request) {
        Instant now = store.now();
        return profile(ProfileStore.newId(), 1, ProfileStatus.WAITING, now, now, request);
    }

    Mono<ParticipantProfile> update(String id, ParticipantRequest request, Long expectedVersion) {
        return guarded.update(id, expectedVersion, () -> check(request), request.programId(),
                current -> profile(id, current.version() + 1, current.status(), current.registeredAt(), store.now(),
                        request));
    }

    Mono<Void> withdraw(String id) {
        return guarded.withdraw(id, this::withdrawn);
    }

    Mono<Void> erase(String id) {
        return guarded.erase(id);
    }

    Mono<ParticipantProfile> get(String id) {
        return guarded.read(id);
    }

    Flux<ParticipantProfile> list(String programId, ProfileStatus status, String q, Paging paging) {
        return guarded.list(programId, status, NameSearch.of(q), paging);
    }

    @Override
    public List<FieldError> problems(ParticipantRequest request) {
        List<FieldError> errors = new ArrayList<>(rules.check(request));
        rules.checkIssue("primaryIssue", request.primaryIssue(), errors);
        rules.checkIssues("issues", request.issues(), errors);
        if (request.consent() != null && request.consent().mayEmail() && Requests.isBlank(request.email())) {
            errors.add(new FieldError("email", "is required when consent.contactByEmail is true"));
        }
        return ProfileRules.sorted(errors);
    }

    private void check(ParticipantRequest request) {
        List<FieldError> errors = problems(request);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private ParticipantProfile withdrawn(ParticipantProfile p) {
        return new ParticipantProfile(p.id(), p.version() + 1, ProfileStatus.WITHDRAWN, p.registeredAt(), store.now(),
                p.programId(), p.firstName(), p.lastName(), p.email(), p.phone(), p.birthYear(), p.gender(),
                p.languages(), p.timezone(), p.region(), p.primaryIssue(), p.issues(), p.formats(),
                p.mentorGenderPreference(), p.availability(), p.urgency(), p.consent());
    }

    private static ParticipantProfile profile(String id, long version, ProfileStatus status, Instant registeredAt,
                                              Instant updatedAt, ParticipantRequest r) {
        List<Slot> availability = Requests.slots(r.availability());
        return new ParticipantProfile(id, version, status, registeredAt, updatedAt, r.programId(),
                r.firstName().strip(), Requests.stripped(r.lastName()), Requests.stripped(r.email()),
                Requests.stripped(r.phone()), r.birthYear(), r.gender(), Requests.distinct(r.languages()), r.timezone(),
                Requests.stripped(r.region()), r.primaryIssue(), Requests.distinct(r.issues()),
                Requests.distinct(r.formats()),
                r.mentorGenderPreference() == null ? "ANY" : r.mentorGenderPreference(), availability,
                r.urgency() == null ? Urgency.NORMAL : r.urgency(),
                new Consent(true, r.consent().mayEmail()));
    }
}
