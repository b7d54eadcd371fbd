package org.peermentor.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The rules every service's packages keep, written once: a service's {@code ArchitectureTest}, standing in the
 * service's root package, extends this and adds the layering of its own features. The root is the test's package.
 */
public abstract class OneWayPackages {

    /** The service's root package: the package the architecture test stands in. */
    private final String root = getClass().getPackageName();

    @ArchTest
    final ArchRule noPackageDependsOnOneThatDependsOnIt =
            slices().matching(root + ".(*)..").should().beFreeOfCycles();

    /**
     * The root package (the application, its settings, what every feature shares) uses no feature: the features
     * stand on it, so none can form a cycle with it, which the slices above, leaving the root out, would not see.
     */
    @ArchTest
    final ArchRule theRootUsesNoFeature = noClasses()
            .that()
            .resideInAPackage(root)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(root + ".*..");

    /**
     * The given packages below the root, from the top down, each a layer of its own named after it; only the
     * dependencies between them count.
     */
    protected final LayeredArchitecture layers(List<String> packages) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : packages) {
            layers = layers.layer(name).definedBy(root + "." + name + "..");
        }
        return layers;
    }
}
