package org.peermentor.intake.profile;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peermentor.contracts.Format;
import org.peermentor.intake.IntakeProperties;
import org.peermentor.service.web.FieldError;
import org.springframework.stereotype.Component;

/**
 * Checks a registration or change against every rule of the contract and lists every bad field at once,
 * so intake staff fix a form in one go rather than one error at a time.
 */
@Component
public class ProfileRules {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final Validator validator;
    private final IntakeProperties properties;
    private final Set<String> issueCodes;
    private final Clock clock;

    public ProfileRules(Validator validator, IntakeProperties properties, Clock clock) {
        this.validator = validator;
        this.properties = properties;
        this.issueCodes = Set.copyOf(properties.issueCodes());
        this.clock = clock;
    }

    /**
     * Bean-validation constraints of the request (those both kinds share, and those of {@code kindGroup}) plus the
     * personal-detail rules both kinds share.
     */
    List<FieldError> check(ProfileRequest request, Class<?> kindGroup) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ProfileRequest> violation : validator.validate(request, Default.class, kindGroup)) {
            errors.add(FieldError.of(violation));
        }
        checkBirthYear(request.birthYear(), errors);
        checkLanguages(request.languages(), errors);
        if (request.timezone() != null && !ZONES.contains(request.timezone())) {
            errors.add(new FieldError("timezone", "must be an IANA timezone id such as America/Chicago"));
        }
        checkAvailability(request.availability(), errors);
        if (request.consent() != null && Boolean.FALSE.equals(request.consent().dataProcessing())) {
            errors.add(new FieldError("consent.dataProcessing", "must be true: nothing can be stored without consent"));
        }
        if (request.formats() != null
                && request.formats().contains(Format.IN_PERSON)
                && Requests.isBlank(request.region())) {
            errors.add(new FieldError("region", "is required when formats include IN_PERSON"));
        }
        return errors;
    }

    void checkIssues(String field, List<String> codes, List<FieldError> errors) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            checkIssue(field + "[" + i + "]", codes.get(i), errors);
        }
    }

    void checkIssue(String field, String code, List<FieldError> errors) {
        if (code != null && !issueCodes.contains(code)) {
            errors.add(new FieldError(field, "must be one of the program's issue codes: " + properties.issueCodes()));
        }
    }

    static List<FieldError> sorted(List<FieldError> errors) {
        return errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
    }

    private void checkBirthYear(Integer birthYear, List<FieldError> errors) {
        int latest = Year.now(clock).getValue() - properties.minimumAge();
        if (birthYear != null && (birthYear < 1900 || birthYear > latest)) {
            errors.add(new FieldError("birthYear", "must be between 1900 and " + latest));
        }
    }

    private static void checkLanguages(List<String> languages, List<FieldError> errors) {
        if (languages == null) {
            return;
        }
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (language != null && !LANGUAGES.contains(language)) {
                errors.add(new FieldError("languages[" + i + "]", "must be a lower-case ISO 639-1 code such as en"));
            }
        }
    }

    private static void checkAvailability(List<SlotRequest> slots, List<FieldError> errors) {
        if (slots == null) {
            return;
        }
        for (int i = 0; i < slots.size(); i++) {
            SlotRequest slot = slots.get(i);
            if (slot != null
                    && isTime(slot.start())
                    && isTime(slot.end())
                    && !LocalTime.parse(slot.end()).isAfter(LocalTime.parse(slot.start()))) {
                errors.add(new FieldError("availability[" + i + "].end", "must be after start"));
            }
        }
    }

    private static boolean isTime(String value) {
        return value != null && value.matches(SlotRequest.TIME);
    }
}
