package org.peermentor.intake.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.Urgency;

/**
 * What intake staff may write about a participant or a mentor. Server-owned fields (id, status, version, …) are not
 * here. A kind reads only the fields its profile has, and the rules of the fields only one kind has belong to that
 * kind's validation group ({@link ParticipantFields}, {@link MentorFields}); the rest hold for both. The fields are
 * in an order both kinds' own orders follow, so the columns of an import file and a request's fingerprint come out
 * as they did when each kind had a request record of its own.
 */
@EmailIfContacted(groups = ParticipantFields.class)
public record ProfileRequest(
        @NotNull @Pattern(regexp = ProgramIds.PATTERN, message = ProgramIds.MESSAGE)
        String programId,

        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,

        @NotBlank(groups = MentorFields.class) @Email @Size(max = 254)
        String email,

        @Pattern(regexp = "\\+?[0-9 ()-]{3,30}", message = "must be a phone number such as +15550100")
        String phone,

        @NotNull Integer birthYear,
        @NotNull Gender gender,
        @NotEmpty @Size(max = 10) List<@NotNull String> languages,
        @NotBlank String timezone,
        @Size(max = 100) String region,
        @NotBlank(groups = ParticipantFields.class) String primaryIssue,

        @Size(max = 20, groups = ParticipantFields.class)
        List<@NotNull(groups = ParticipantFields.class) String> issues,

        @NotEmpty(groups = MentorFields.class) @Size(max = 20, groups = MentorFields.class)
        List<@NotNull(groups = MentorFields.class) String> livedExperience,

        @Size(max = 20, groups = MentorFields.class) List<@NotNull(groups = MentorFields.class) String> trainedFor,
        @NotEmpty List<@NotNull Format> formats,

        @Pattern(
                regexp = "ANY|SAME|FEMALE|MALE|NON_BINARY|UNDISCLOSED",
                groups = ParticipantFields.class,
                message = "must be ANY, SAME or a gender value")
        String mentorGenderPreference,

        @NotEmpty @Size(max = 50) List<@NotNull @Valid SlotRequest> availability,
        Urgency urgency,

        @NotNull(groups = MentorFields.class)
        @Min(value = 1, groups = MentorFields.class)
        @Max(value = 20, groups = MentorFields.class)
        Integer capacity,

        Boolean active,
        @NotNull @Valid ConsentRequest consent) {}
