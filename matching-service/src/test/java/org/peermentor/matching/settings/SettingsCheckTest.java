package org.peermentor.matching.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;

/** A settings change that bean validation rejects is answered with each bad field named by its property. */
class SettingsCheckTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void settingsOutOfTheirRangeAreNamedByTheirFields() {
        SettingsRequest request = new SettingsRequest(5000, null, -1, null, null, null, null);

        assertThatThrownBy(() -> SettingsCheck.check(VALIDATION.getValidator(), request))
                .isInstanceOfSatisfying(InvalidRequestException.class, invalid -> {
                    assertThat(invalid.errors())
                            .extracting(FieldError::field)
                            .containsExactlyInAnyOrder("minOverlapMinutes", "settleTimeSeconds");
                    assertThat(invalid.errors()) // the constraint's own message, in whatever locale it is given
                            .filteredOn(error -> error.field().equals("minOverlapMinutes"))
                            .singleElement()
                            .extracting(FieldError::message)
                            .asString()
                            .contains("1440");
                });
    }
}
