package org.peermentor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A try that breaks off hands no delivery on, and its log line names the failure's class, never its message. */
class LeftToLeasesTest {

    private final Logger log = (Logger) LoggerFactory.getLogger(LeftToLeasesTest.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @Test
    void aBrokenOffTryHandsNoDeliveryOnAndLogsTheCountAndTheFailuresClassOnly() {
        logged.start();
        log.addAppender(logged);

        List<Delivery> handedOn = LeftToLeases.<Delivery>logging(log, "A try of {} deliveries broke off: {}", 3)
                .apply(new IllegalStateException("no answer from bea@example.org"))
                .block();

        assertThat(handedOn).isEmpty();
        assertThat(logged.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("A try of 3 deliveries broke off: java.lang.IllegalStateException");
    }

    @AfterEach
    void stopWatching() {
        log.detachAppender(logged);
    }
}
