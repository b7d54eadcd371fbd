package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void theMessageIdIsTheEventAndTheRecipientsRole() {
        assertThat(MessageIds.of("e-42.a_b", "MENTOR", "peer-mentor.local"))
                .isEqualTo("<e-42.a_b.mentor@peer-mentor.local>");
    }

    @Test
    void anEventIdThatIsNotSafeInAHeaderIsHashedTheSameWayEveryTime() {
        String id = MessageIds.of("e 1>\r\nBcc: x@y", "PARTICIPANT", "example.org");

        assertThat(id).matches("<[0-9a-f]{64}\\.participant@example\\.org>");
        assertThat(MessageIds.of("e 1>\r\nBcc: x@y", "PARTICIPANT", "example.org"))
                .isEqualTo(id);
    }
}
