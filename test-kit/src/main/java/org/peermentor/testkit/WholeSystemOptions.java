package org.peermentor.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options a whole-system test gives the local stack's launcher (as {@code ./run-local} would be given them): the
 * service jars of this build, a data folder of the test's own, and a quick start, since a test waits for every
 * service to be ready far more often than it loads one.
 */
public final class WholeSystemOptions {

    private WholeSystemOptions() {}

    /**
     * {@code --repo-root <this build> --data-dir <data> --quick-start}, as a list the test adds its ports and further
     * options to; a test module runs in its own folder, one below the build's.
     */
    public static List<String> inFolder(Path data) {
        return new ArrayList<>(List.of(
                "--repo-root",
                Path.of("..").toAbsolutePath().normalize().toString(),
                "--data-dir",
                data.toString(),
                "--quick-start"));
    }

    /**
     * {@link #inFolder} without the staff console ({@code --no-console}), for a test that never opens it: one JVM fewer
     * to wait for at every start.
     */
    public static List<String> servicesOnly(Path data) {
        List<String> options = inFolder(data);
        options.add("--no-console");
        return options;
    }
}
