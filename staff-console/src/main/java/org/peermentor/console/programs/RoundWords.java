package org.peermentor.console.programs;

import java.util.Map;
import org.springframework.stereotype.Component;

/** A round's status in words. */
@Component("rounds")
public class RoundWords {

    private static final Map<String, String> STATUSES =
            Map.of("SOLVING", "Running", "COMPLETED", "Completed", "FAILED", "Failed");

    public String status(String code) {
        return code == null ? "" : STATUSES.getOrDefault(code, code);
    }
}
