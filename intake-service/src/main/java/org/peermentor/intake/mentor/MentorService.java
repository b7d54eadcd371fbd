package org.peermentor.intake.mentor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ProfileStatus;
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

/** Registers, changes and withdraws mentors; every change is stored with the event announcing it. */
@Service
class MentorService implements Registrar<MentorRequest, MentorProfile> {

    private final ProfileStore<MentorProfile> store;
    private final GuardedProfiles<MentorProfile> guarded;
    private final ProfileRules rules;

    MentorService(ProfileStore<MentorProfile> store, AuditTrail audit, ProfileRules rules) {
        this.store = store;
        this.guarded = new GuardedProfiles<>(store, audit);
        this.rules = rules;
    }

    Mono<MentorProfile> register(MentorRequest request, String idempotencyKey) {
        return guarded.register(() -> {
            RequestFingerprint.checkKey(idempotencyKey);
            check(request);
            return registered(request);
        }, idempotencyKey, () -> RequestFingerprint.of(request));
    }

    @Override
    public ProfileKind<MentorProfile> kind() {
        return store.kind();
    }

    @Override
    public Class<MentorRequest> requestType() {
        return MentorRequest.class;
    }

    @Override
    public MentorProfile registered(MentorRequest request) {
        Instant now = store.now();
        return profile(ProfileStore.newId(), 1, ProfileStatus.ACTIVE, now, now, request);
    }

    Mono<MentorProfile> update(String id, MentorRequest request, Long expectedVersion) {
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

    Mono<MentorProfile> get(String id) {
        return guarded.read(id);
    }

    Flux<MentorProfile> list(String programId, ProfileStatus status, String q, Paging paging) {
        return guarded.list(programId, status, NameSearch.of(q), paging);
    }

    @Override
    public List<FieldError> problems(MentorRequest request) {
        List<FieldError> errors = new ArrayList<>(rules.check(request));
        rules.checkIssues("livedExperience", request.livedExperience(), errors);
        rules.checkIssues("trainedFor", request.trainedFor(), errors);
        return ProfileRules.sorted(errors);
    }

    private void check(MentorRequest request) {
        List<FieldError> errors = problems(request);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** A withdrawn mentor takes no new mentees: inactive as well as withdrawn. */
    private MentorProfile withdrawn(MentorProfile m) {
        return new MentorProfile(m.id(), m.version() + 1, ProfileStatus.WITHDRAWN, m.registeredAt(), store.now(),
                m.programId(), m.firstName(), m.lastName(), m.email(), m.phone(), m.birthYear(), m.gender(),
                m.languages(), m.timezone(), m.region(), m.livedExperience(), m.trainedFor(), m.formats(),
                m.availability(), m.capacity(), false, m.consent());
    }

    private static MentorProfile profile(String id, long version, ProfileStatus status, Instant registeredAt,
                                         Instant updatedAt, MentorRequest r) {
        return new MentorProfile(id, version, status, registeredAt, updatedAt, r.programId(),
                r.firstName().strip(), Requests.stripped(r.lastName()), Requests.stripped(r.email()),
                Requests.stripped(r.phone()), r.birthYear(), r.gender(), Requests.distinct(r.languages()), r.timezone(),
                Requests.stripped(r.region()), Requests.distinct(r.livedExperience()), Requests.distinct(r.trainedFor()),
                Requests.distinct(r.formats()), Requests.slots(r.availability()), r.capacity(),
                r.active() == null || r.active(), new Consent(true, r.consent().mayEmail()));
    }
}
