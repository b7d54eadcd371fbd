package org.peermentor.service.health;

import com.mongodb.reactivestreams.client.MongoClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The health contributors {@code kafka} and {@code mongo} of every service, which each service's readiness group
 * includes ({@code management.endpoint.health.group.readiness.include}): a service that cannot reach its broker or
 * its store says so, and says UP again once they are back. Liveness does not look at them, so an outage never gets
 * a service restarted. Both answer within {@code peermentor.health.timeout}, where a client left alone would wait
 * its own timeouts (the MongoDB driver's server selection: 30 s) for a server that is away.
 */
@AutoConfiguration(
        before = MongoReactiveHealthContributorAutoConfiguration.class,
        after = {MongoReactiveAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnClass(ReactiveHealthIndicator.class)
@EnableConfigurationProperties(HealthSettings.class)
public class ServiceHealthAutoConfiguration {

    @Bean
    @ConditionalOnBean(KafkaAdmin.class)
    ReactiveHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, HealthSettings settings) {
        return new CachedHealth(new KafkaHealth(kafkaAdmin.getConfigurationProperties(), settings.timeout()), settings);
    }

    /** Named as Boot's own MongoDB check, which then steps aside (see {@link MongoHealth} why). */
    @Bean
    @ConditionalOnBean(MongoClient.class)
    ReactiveHealthIndicator mongoHealthIndicator(MongoClient mongo, HealthSettings settings) {
        return new CachedHealth(new MongoHealth(mongo), settings);
    }
}
