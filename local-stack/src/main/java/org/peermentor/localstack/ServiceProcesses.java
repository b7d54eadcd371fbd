package org.peermentor.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.peermentor.localstack.auth.DemoCredentials;

/**
 * The services' JVMs while the stack runs: launched in order and awaited until ready, killed and started again by
 * fault tests, stopped last first. Each launch is written down ({@link LeftoverServices}) so that a later start can
 * stop what a crash of this JVM left behind, and a service that stops when nobody asked it to is reported with the
 * end of its log.
 */
final class ServiceProcesses {

    private final LocalStackSettings settings;
    private final ServiceCommand commands;
    private final InfrastructureEndpoints endpoints;
    private final DemoCredentials credentials;
    private final PrintStream out;
    private final BooleanSupplier stopping;
    private final List<ServiceProcess> running = new CopyOnWriteArrayList<>();
    private final Set<ServiceProcess> killed = ConcurrentHashMap.newKeySet();
    private final Map<ServiceProcess, JvmStart> starts = new ConcurrentHashMap<>();

    /** {@code stopping} says when the stack is being stopped: no service is launched after that. */
    ServiceProcesses(
            LocalStackSettings settings,
            InfrastructureEndpoints endpoints,
            DemoCredentials credentials,
            PrintStream out,
            BooleanSupplier stopping) {
        this.settings = settings;
        this.commands = new ServiceCommand(settings);
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.out = out;
        this.stopping = stopping;
    }

    /** Launches the services one after the other, then waits until each is ready. */
    void launch(List<ServiceSpec> specs) {
        for (ServiceSpec spec : specs) {
            if (stopping.getAsBoolean()) {
                throw new IllegalStateException("Stopped while starting");
            }
            running.add(launch(spec));
            LeftoverServices.record(settings.dataDir(), running);
        }
        for (ServiceProcess service : running) {
            service.awaitReady(settings.startupTimeout());
            out.println(service.name() + " is ready");
            service.onUnexpectedExit(() -> reportExit(service));
        }
    }

    /** The names of the services launched, in their order. */
    List<String> names() {
        return running.stream().map(ServiceProcess::name).toList();
    }

    /** Kills one instance with SIGKILL: no graceful shutdown, nothing flushed. */
    void kill(String service) {
        ServiceProcess process = running(service);
        killed.add(process);
        process.kill();
        stopped(process);
    }

    /** Starts a killed instance again, with the same settings, and waits until it is ready. */
    void restart(ServiceSpec spec) {
        ServiceProcess previous = running(spec.label());
        if (previous.isAlive()) {
            throw new IllegalStateException(spec.label() + " is still running");
        }
        stopped(previous);
        ServiceProcess fresh = launch(spec);
        running.set(running.indexOf(previous), fresh);
        LeftoverServices.record(settings.dataDir(), running);
        fresh.awaitReady(settings.startupTimeout());
        out.println(spec.label() + " is ready");
        fresh.onUnexpectedExit(() -> reportExit(fresh));
    }

    /** Stops every service, the last launched first, each given {@code grace} to shut down cleanly. */
    void stopAll(Duration grace) {
        List<ServiceProcess> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        reversed.forEach(ServiceProcess::destroy);
        reversed.forEach(service -> service.awaitExit(grace));
        reversed.forEach(this::stopped);
    }

    private ServiceProcess launch(ServiceSpec spec) {
        Path logs = settings.dataDir().resolve("logs");
        Path log = logs.resolve(spec.label() + ".log");
        out.println("Starting " + spec.label() + " on port " + spec.port() + " (log: " + log + ")");
        JvmStart start = commands.jvmStart(spec);
        List<String> command = new ArrayList<>(commands.of(spec, endpoints, start));
        // the process's output (plain text) goes to <service>.log; its own log file is JSON lines, one per event
        command.add("--logging.file.name=" + logs.resolve(spec.label() + ".json"));
        command.add("--logging.structured.format.file=ecs");
        ServiceProcess process =
                ServiceProcess.launch(spec.label(), spec.managementPort(), command, spec.environment(credentials), log);
        starts.put(process, start);
        return process;
    }

    private ServiceProcess running(String service) {
        return running.stream()
                .filter(p -> p.name().equals(service))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + service));
    }

    /** Once a JVM has stopped: keeps or drops the class data it wrote ({@link JvmStart#stopped}). */
    private void stopped(ServiceProcess service) {
        JvmStart start = starts.remove(service);
        if (start != null) {
            start.stopped(service.stoppedCleanly());
        }
    }

    private void reportExit(ServiceProcess service) {
        if (!stopping.getAsBoolean() && !killed.contains(service)) {
            System.err.println(service.name() + " stopped unexpectedly. Last lines of " + service.logFile() + ":"
                    + System.lineSeparator() + service.tail());
        }
    }
}
