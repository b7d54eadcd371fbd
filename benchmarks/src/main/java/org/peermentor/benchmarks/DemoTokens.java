package org.peermentor.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.TokenClient;

/**
 * Bearer tokens for the benchmarks' calls to the services' {@code /api/**}, as the demo clients of a running
 * {@code ./run-local}: options {@code --credentials .local-data/demo-credentials.json} and
 * {@code --issuer http://localhost:9000}.
 */
final class DemoTokens {

    private DemoTokens() {}

    static TokenClient intakeDesk(Options options) {
        return tokens(options, DemoCredentials.INTAKE_DESK);
    }

    static TokenClient programManager(Options options) {
        return tokens(options, DemoCredentials.PROGRAM_MANAGER);
    }

    private static TokenClient tokens(Options options, String clientId) {
        DemoCredentials credentials = DemoCredentials.read(
                Path.of(options.getOrDefault("credentials", ".local-data/" + DemoCredentials.FILE_NAME)));
        return TokenClient.of(
                URI.create(options.getOrDefault("issuer", "http://localhost:9000")), credentials.client(clientId));
    }
}
