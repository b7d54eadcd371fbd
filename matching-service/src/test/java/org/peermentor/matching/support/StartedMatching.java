package org.peermentor.matching.support;

import java.util.List;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.matching.MatchingApplication;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TestIssuer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A matching service a test starts and stops itself (to stop it mid-work, or start it again on the same store), on
 * a broker of the test's own and a database of its naming in the shared store, on random ports.
 */
public final class StartedMatching {

    private StartedMatching() {}

    /** Starts the service; {@code settings} are more command-line arguments ({@code --name=value}). */
    public static ConfigurableApplicationContext start(EmbeddedKafkaBroker kafka, String database, String... settings) {
        List<String> args = SharedInfrastructure.arguments(
                kafka.bootstrapServers(), SharedInfrastructure.mongo().connectionString() + "/" + database);
        args.add("--management.server.port=0");
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(MatchingApplication.class).run(args.toArray(String[]::new));
    }

    /** A client of that service, a program manager of every program. */
    public static WebTestClient client(ConfigurableApplicationContext matching) {
        return RunningMatching.client(
                matching.getEnvironment().getProperty("local.server.port", Integer.class), TestIssuer.manager());
    }
}
