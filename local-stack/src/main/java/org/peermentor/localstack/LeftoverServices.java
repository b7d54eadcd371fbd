package org.peermentor.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The service JVMs a run started, kept in {@code DATA_DIR/services.pids}. A run stopped normally stops its services
 * and removes the file; a run killed with SIGKILL (or a power cut of only its own JVM) cannot, and its services
 * would go on holding their ports. The next start with the same data folder stops them first, unless the run that
 * started them is still running (a second start by mistake must not stop the first one's services). A process is
 * taken for one of ours only when both its pid and its start time match, so a pid the system has since given to
 * another process is left alone.
 */
final class LeftoverServices {

    static final String FILE_NAME = "services.pids";
    /** The name of the line that stands for the run itself. */
    private static final String RUN = "run-local";

    private LeftoverServices() {}

    /**
     * Writes down the services now running (one line each: name, pid, start time), after a first line naming the
     * run itself, this JVM.
     */
    static void record(Path dataDir, List<ServiceProcess> running) {
        StringBuilder lines = new StringBuilder();
        line(lines, RUN, ProcessHandle.current());
        for (ServiceProcess service : running) {
            line(lines, service.name(), service.handle());
        }
        try {
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve(FILE_NAME), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDir.resolve(FILE_NAME), e);
        }
    }

    private static void line(StringBuilder lines, String name, ProcessHandle handle) {
        Optional<Instant> started = handle.info().startInstant();
        if (handle.isAlive() && started.isPresent()) {
            lines.append(name)
                    .append(' ')
                    .append(handle.pid())
                    .append(' ')
                    .append(started.get())
                    .append(System.lineSeparator());
        }
    }

    /** Forgets the record: the run stopped its services itself. */
    static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            // the next start finds only processes that are gone, or not ours
        }
    }

    /**
     * Stops the services an earlier run with this data folder left running, as a normal stop would (SIGTERM, then
     * SIGKILL after {@code grace}), and says so. Returns how many it stopped.
     */
    static int stopLeftovers(Path dataDir, PrintStream out, Duration grace) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        List<ProcessHandle> leftovers = new ArrayList<>();
        try {
            List<String[]> entries = Files.readAllLines(file).stream()
                    .map(line -> line.trim().split(" "))
                    .filter(fields -> fields.length == 3)
                    .toList();
            if (entries.stream()
                    .anyMatch(fields ->
                            fields[0].equals(RUN) && ours(fields[1], fields[2]).isPresent())) {
                return 0; // the run that started them is still running: they are its services, not leftovers
            }
            for (String[] fields : entries) {
                if (fields[0].equals(RUN)) {
                    continue;
                }
                Optional<ProcessHandle> leftover = ours(fields[1], fields[2]);
                if (leftover.isPresent()) {
                    out.println("Stopping " + fields[0] + " (pid " + fields[1] + "), left running by an earlier run"
                            + " with this data folder");
                    leftover.get().destroy(); // all at once: each may wait out its own graceful stop
                    leftovers.add(leftover.get());
                }
            }
            leftovers.forEach(leftover -> awaitExit(leftover, grace));
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return leftovers.size();
    }

    private static Optional<ProcessHandle> ours(String pid, String started) {
        try {
            Instant expected = Instant.parse(started);
            return ProcessHandle.of(Long.parseLong(pid))
                    .filter(ProcessHandle::isAlive)
                    .filter(handle ->
                            handle.info().startInstant().map(expected::equals).orElse(false));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle process, Duration grace) {
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
        } catch (ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
