package org.peermentor.testkit;

import org.junit.jupiter.api.Test;

/**
 * What every service's readiness must do, checked once for each: a service's test extends this and names nothing
 * else (or adds the properties only it needs). It runs against the broker and the store of {@link OwnBrokerAndStore},
 * which the test stops and starts.
 */
public abstract class ReadinessContract extends OwnBrokerAndStore {

    @Test
    protected void readinessGoesDownWhileKafkaOrMongoIsAwayAndComesBackWithThem() {
        HealthProbes.assertReadinessFollows(port, kafka, mongo);
    }
}
