package org.peermentor.intake.mentor;

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
import org.peermentor.intake.profile.ConsentRequest;
import org.peermentor.intake.profile.PersonalDetails;
import org.peermentor.intake.profile.SlotRequest;

/** What intake staff may write about a mentor. Server-owned fields (id, status, version, …) are not here. */
public record MentorRequest(
        @NotNull @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be 1-64 characters of a-z, 0-9 and -") String programId,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{3,30}", message = "must be a phone number such as +15550100") String phone,
        @NotNull Integer birthYear,
        @NotNull Gender gender,
        @NotEmpty @Size(max = 10) List<@NotNull String> languages,
        @NotBlank String timezone,
        @Size(max = 100) String region,
        @NotEmpty @Size(max = 20) List<@NotNull String> livedExperience,
        @Size(max = 20) List<@NotNull String> trainedFor,
        @NotEmpty List<@NotNull Format> formats,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SlotRequest> availability,
        @NotNull @Min(1) @Max(20) Integer capacity,
        Boolean active,
        @NotNull @Valid ConsentRequest consent) implements PersonalDetails {
}
