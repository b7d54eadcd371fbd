package org.peermentor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackSettingsTest {

    @Test
    void withoutOptionsTheContractsPortsAndTheRepositorysDataDirApply() {
        LocalStackSettings settings = LocalStackSettings.parse(new String[] {"--repo-root", "/repo"}, Map.of());

        assertThat(settings.repoRoot()).isEqualTo(Path.of("/repo"));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/repo/.local-data"));
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.smtpPort()).isEqualTo(3025);
        assertThat(settings.inboxPort()).isEqualTo(8025);
        assertThat(settings.authPort()).isEqualTo(9000);
        assertThat(settings.issuer()).isEqualTo("http://localhost:9000");
        assertThat(settings.intakePort()).isEqualTo(8081);
        assertThat(settings.matchingPort()).isEqualTo(8082);
        assertThat(settings.notificationPort()).isEqualTo(8083);
        assertThat(settings.consolePort()).isEqualTo(8080);
        assertThat(settings.console()).hasToString("http://localhost:8080");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.demo()).isFalse();
        assertThat(settings.allowMissingServices()).isFalse();
        assertThat(settings.instances()).isEqualTo(1);
    }

    @Test
    void instancesComeFromTheCommandLineOrTheEnvironment() {
        assertThat(LocalStackSettings.parse(new String[] {"--instances", "2"}, Map.of())
                        .instances())
                .isEqualTo(2);
        assertThat(LocalStackSettings.parse(new String[] {"--instances=3"}, Map.of("INSTANCES", "2"))
                        .instances())
                .isEqualTo(3);
        assertThat(LocalStackSettings.parse(new String[0], Map.of("INSTANCES", "2"))
                        .instances())
                .isEqualTo(2);
    }

    @Test
    void eachFurtherInstanceAnswersAHundredPortsHigher() {
        assertThat(LocalStackSettings.instancePort(8081, 1)).isEqualTo(8081);
        assertThat(LocalStackSettings.instancePort(8081, 2)).isEqualTo(8181);
        assertThat(LocalStackSettings.instancePort(8083, 3)).isEqualTo(8283);
    }

    @Test
    void instancesOutsideOneToThreeAreRefused() {
        for (String instances : new String[] {"0", "4", "-1"}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> LocalStackSettings.parse(new String[] {"--instances", instances}, Map.of()))
                    .withMessage("--instances must be between 1 and 3, not " + instances);
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStackSettings.parse(new String[] {"--instances", "two"}, Map.of()))
                .withMessage("--instances must be a number, not 'two'");
    }

    @Test
    void aPortWithNoRoomAboveItForTheOtherInstancesIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStackSettings.parse(
                        new String[] {"--instances", "3", "--matching-port", "65400"}, Map.of()))
                .withMessage("--matching-port leaves no room for 3 instances: the last would need port 65600");
        assertThat(LocalStackSettings.parse(new String[] {"--matching-port", "65400"}, Map.of())
                        .matchingPort())
                .isEqualTo(65400);
    }

    @Test
    void theEnvironmentSetsWhatTheCommandLineDoesNot() {
        LocalStackSettings settings = LocalStackSettings.parse(
                new String[] {"--kafka-port", "19092", "--mongo-port=27018", "--demo"},
                Map.of("KAFKA_PORT", "29092", "SMTP_PORT", "2525", "DATA_DIR", "/tmp/stack"));

        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.mongoPort()).isEqualTo(27018);
        assertThat(settings.smtpPort()).isEqualTo(2525);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(settings.demo()).isTrue();
    }

    @Test
    void mistakesAreNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStackSettings.parse(new String[] {"--kafka-prot", "1"}, Map.of()))
                .withMessage("Unknown option --kafka-prot");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStackSettings.parse(new String[] {"--kafka-port"}, Map.of()))
                .withMessage("Option --kafka-port needs a value");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStackSettings.parse(new String[] {"--kafka-port", "x"}, Map.of()))
                .withMessage("--kafka-port must be a number, not 'x'");
    }
}
