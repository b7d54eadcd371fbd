package org.peermentor.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts one service's JVM: {@code java}, the JVM's options, the service's jar and its own
 * arguments, which point it at the embedded infrastructure.
 */
record ServiceCommand(LocalStackSettings settings) {

    /** The JVM option {@code --quick-start} gives each service. */
    static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    /** Under {@code --quick-start}, from the jar's class data ({@link ClassData}) where it can be had. */
    JvmStart jvmStart(ServiceSpec spec) {
        Path jar = spec.jar(settings.repoRoot());
        if (!settings.quickStart()) {
            return JvmStart.plain(jar);
        }
        return ClassData.of(jar).map(ClassData::start).orElseGet(() -> JvmStart.plain(jar));
    }

    List<String> of(ServiceSpec spec, InfrastructureEndpoints endpoints) {
        return of(spec, endpoints, jvmStart(spec));
    }

    List<String> of(ServiceSpec spec, InfrastructureEndpoints endpoints, JvmStart start) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (settings.quickStart()) {
            // the first tier's compiler only: what a JVM spends compiling at start goes to starting instead
            command.add(QUICK_START);
        }
        command.addAll(start.options());
        command.add("-jar");
        command.add(start.jar().toString());
        command.addAll(spec.arguments(endpoints));
        return command;
    }
}
