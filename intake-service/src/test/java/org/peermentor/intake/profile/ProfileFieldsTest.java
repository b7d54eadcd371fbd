package org.peermentor.intake.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Consent;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Urgency;

/** Profiles are made from their fields by name, so a field left out or misspelt must fail, not go missing. */
class ProfileFieldsTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-01T09:15:30.123456Z");

    @Test
    void aProfileIsMadeFromExactlyTheFieldsItHas() {
        ParticipantProfile ana = ProfileFields.build(ParticipantProfile.class, ana());

        assertThat(ana.firstName()).isEqualTo("Ana");
        assertThat(ana.lastName()).isNull();
        assertThat(ana.version()).isEqualTo(1);
        assertThat(ana.registeredAt()).isEqualTo(REGISTERED);
        assertThat(ana.availability())
                .containsExactly(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
        assertThat(ana.consent()).isEqualTo(new Consent(true, false));
    }

    @Test
    void aFieldLeftOutOrMisspeltFailsAtOnce() {
        Map<String, Object> leftOut = ana();
        leftOut.remove("urgency");
        Map<String, Object> misspelt = ana();
        misspelt.put("urgncy", misspelt.remove("urgency"));

        assertThatThrownBy(() -> ProfileFields.build(ParticipantProfile.class, leftOut))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("urgency");
        assertThatThrownBy(() -> ProfileFields.build(ParticipantProfile.class, misspelt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("urgncy");
        assertThatThrownBy(() ->
                        ProfileFields.with(ProfileFields.build(ParticipantProfile.class, ana()), Map.of("capacity", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }

    @Test
    void theNextVersionChangesTheFieldsNamedAndKeepsEveryOther() {
        ParticipantProfile ana = ProfileFields.build(ParticipantProfile.class, ana());

        ParticipantProfile matched = ProfileFields.with(ana, Map.of("version", 2L, "status", ProfileStatus.MATCHED));

        Map<String, Object> expected = ana();
        expected.put("version", 2L);
        expected.put("status", ProfileStatus.MATCHED);
        assertThat(matched).isEqualTo(ProfileFields.build(ParticipantProfile.class, expected));
    }

    private static Map<String, Object> ana() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", "p-1");
        fields.put("version", 1L);
        fields.put("status", ProfileStatus.WAITING);
        fields.put("registeredAt", REGISTERED);
        fields.put("updatedAt", REGISTERED);
        fields.put("programId", "recovery-north");
        fields.put("firstName", "Ana");
        fields.put("lastName", null);
        fields.put("email", null);
        fields.put("phone", null);
        fields.put("birthYear", 1991);
        fields.put("gender", Gender.FEMALE);
        fields.put("languages", List.of("es", "en"));
        fields.put("timezone", "America/Chicago");
        fields.put("region", null);
        fields.put("primaryIssue", "ALCOHOL_USE");
        fields.put("issues", List.of());
        fields.put("formats", List.of(Format.ONLINE));
        fields.put("mentorGenderPreference", "ANY");
        fields.put("availability", List.of(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0))));
        fields.put("urgency", Urgency.NORMAL);
        fields.put("consent", new Consent(true, false));
        return fields;
    }
}
