package org.peermentor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.peermentor.localstack.LocalStack;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.TokenClient;
import org.peermentor.testkit.WholeSystemOptions;

/**
 * The whole system as {@code ./run-local} runs it, for one test: on free ports and a data folder of its own,
 * stopped and started again on the same data by {@link #restart()}, stopped for good by {@link #close()}.
 */
final class WholeSystem implements AutoCloseable {

    private final StackPorts ports = StackPorts.free();
    private final Path data;
    private final List<String> options;
    private LocalStack stack;
    private TokenClient desk;
    private TokenClient manager;

    private WholeSystem(Path data, List<String> moreOptions) {
        this.data = data;
        this.options = WholeSystemOptions.inFolder(data);
        options.addAll(ports.options());
        options.addAll(moreOptions);
    }

    /** Starts it in a new temporary folder named {@code folderPrefix…}, with {@code ./run-local}'s further options. */
    static WholeSystem start(String folderPrefix, String... moreOptions) throws IOException {
        WholeSystem system = new WholeSystem(Files.createTempDirectory(folderPrefix), List.of(moreOptions));
        system.launch();
        return system;
    }

    /** Stops everything and starts it again on the same ports and data, as a second {@code ./run-local} would. */
    void restart() {
        stack.close();
        launch();
    }

    StackPorts ports() {
        return ports;
    }

    Path data() {
        return data;
    }

    LocalStack stack() {
        return stack;
    }

    /** The intake desk's bearer tokens from the running issuer. */
    TokenClient desk() {
        return desk;
    }

    /** A program manager's bearer tokens (every program) from the running issuer. */
    TokenClient manager() {
        return manager;
    }

    @Override
    public void close() {
        if (stack != null) {
            stack.close();
        }
    }

    private void launch() {
        stack = LocalStack.startWith(options.toArray(String[]::new));
        desk = stack.tokenClient(DemoCredentials.INTAKE_DESK);
        manager = stack.tokenClient(DemoCredentials.PROGRAM_MANAGER);
    }
}
