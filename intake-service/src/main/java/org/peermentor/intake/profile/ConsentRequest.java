package org.peermentor.intake.profile;

import jakarta.validation.constraints.NotNull;

public record ConsentRequest(@NotNull Boolean dataProcessing, Boolean contactByEmail) {

    public boolean mayEmail() {
        return Boolean.TRUE.equals(contactByEmail);
    }
}
