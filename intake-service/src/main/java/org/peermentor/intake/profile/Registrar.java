package org.peermentor.intake.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.Profile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Urgency;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/**
 * How one kind of profile is registered and changed: the rules its request must meet, the profile a valid request
 * becomes, and the next version a change, a withdrawal or a pairing makes. A single registration and a bulk import
 * both go through it, so a row of a file is held to exactly the rules of a form.
 */
public final class Registrar<P extends Profile> {

    private final ProfileStore<P> store;
    private final Class<?> validationGroup;
    private final ProfileStatus firstStatus;
    private final ProfileRules rules;
    private final Set<String> profileFields;

    /**
     * @param validationGroup the validation group of the constraints on the fields only this kind has
     * @param firstStatus the status a new profile of this kind starts in
     */
    Registrar(ProfileStore<P> store, Class<?> validationGroup, ProfileStatus firstStatus, ProfileRules rules) {
        this.store = store;
        this.validationGroup = validationGroup;
        this.firstStatus = firstStatus;
        this.rules = rules;
        this.profileFields = ProfileFields.names(store.kind().type());
    }

    public ProfileKind<P> kind() {
        return store.kind();
    }

    public ProfileStore<P> store() {
        return store;
    }

    /** Whether this kind takes the request field of this name: its profile has it. */
    public boolean hasRequestField(String name) {
        return profileFields.contains(name);
    }

    /** Every rule of the contract the request breaks, sorted by field; empty when it may be stored. */
    public List<FieldError> problems(ProfileRequest request) {
        List<FieldError> errors = new ArrayList<>(rules.check(request, validationGroup));
        if (hasRequestField("primaryIssue")) {
            rules.checkIssue("primaryIssue", request.primaryIssue(), errors);
        }
        checkIssues("issues", request.issues(), errors);
        checkIssues("livedExperience", request.livedExperience(), errors);
        checkIssues("trainedFor", request.trainedFor(), errors);
        return ProfileRules.sorted(errors);
    }

    /** Refuses a request that breaks any rule (400, every bad field named). */
    public void check(ProfileRequest request) {
        List<FieldError> errors = problems(request);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** The new profile a valid request registers: a fresh id, version 1, the kind's first status. */
    public P registered(ProfileRequest request) {
        Instant now = store.now();
        Map<String, Object> fields = fieldsOf(request);
        fields.put("id", ProfileStore.newId());
        fields.put("version", 1L);
        fields.put("status", firstStatus);
        fields.put("registeredAt", now);
        fields.put("updatedAt", now);
        return ProfileFields.build(kind().type(), fields);
    }

    /** The next version of {@code current} with the request's fields: its id, status and registration kept. */
    public P revised(P current, ProfileRequest request) {
        Map<String, Object> fields = fieldsOf(request);
        fields.put("id", current.id());
        fields.putAll(nextVersion(current, current.status()));
        fields.put("registeredAt", current.registeredAt());
        return ProfileFields.build(kind().type(), fields);
    }

    /** The next version of {@code current}, withdrawn: a withdrawn mentor takes no new mentees, so is inactive too. */
    public P withdrawn(P current) {
        Map<String, Object> changes = new LinkedHashMap<>(nextVersion(current, ProfileStatus.WITHDRAWN));
        putOwn(changes, "active", false);
        return ProfileFields.with(current, changes);
    }

    /** The next version of {@code current} in the status a pairing decided. */
    public P withStatus(P current, ProfileStatus status) {
        return ProfileFields.with(current, nextVersion(current, status));
    }

    private Map<String, Object> nextVersion(P current, ProfileStatus status) {
        return Map.of("version", current.version() + 1, "status", status, "updatedAt", store.now());
    }

    private void checkIssues(String field, List<String> codes, List<FieldError> errors) {
        if (hasRequestField(field)) {
            rules.checkIssues(field, codes, errors);
        }
    }

    /**
     * The profile's fields a valid request gives, tidied: trimmed text, no repeated list items, parsed times and
     * the defaults; of the fields only one kind has, those of this kind.
     */
    private Map<String, Object> fieldsOf(ProfileRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("programId", request.programId());
        fields.put("firstName", request.firstName().strip());
        fields.put("lastName", Requests.stripped(request.lastName()));
        fields.put("email", Requests.stripped(request.email()));
        fields.put("phone", Requests.stripped(request.phone()));
        fields.put("birthYear", request.birthYear());
        fields.put("gender", request.gender());
        fields.put("languages", Requests.distinct(request.languages()));
        fields.put("timezone", request.timezone());
        fields.put("region", Requests.stripped(request.region()));
        fields.put("formats", Requests.distinct(request.formats()));
        fields.put("availability", Requests.slots(request.availability()));
        fields.put("consent", new Consent(true, request.consent().mayEmail()));
        putOwn(fields, "primaryIssue", request.primaryIssue());
        putOwn(fields, "issues", Requests.distinct(request.issues()));
        putOwn(
                fields,
                "mentorGenderPreference",
                request.mentorGenderPreference() == null ? "ANY" : request.mentorGenderPreference());
        putOwn(fields, "urgency", request.urgency() == null ? Urgency.NORMAL : request.urgency());
        putOwn(fields, "livedExperience", Requests.distinct(request.livedExperience()));
        putOwn(fields, "trainedFor", Requests.distinct(request.trainedFor()));
        putOwn(fields, "capacity", request.capacity());
        putOwn(fields, "active", request.active() == null || request.active());
        return fields;
    }

    /** Puts a field only one kind has, when this kind has it. */
    private void putOwn(Map<String, Object> fields, String name, Object value) {
        if (hasRequestField(name)) {
            fields.put(name, value);
        }
    }
}
