package org.peermentor.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The key that signs mentors' links is a secret: the settings, and every service record that holds them, print
 * without it, so no log line or error message can carry it.
 */
class MatchingPropertiesTest {

    private static final String KEY = "c2lnbmluZy1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy1hdC1sZWFzdA==";

    @Test
    void aConfiguredLinkKeyNeverShowsWhenTheSettingsArePrinted() {
        MatchingProperties settings = bind(Map.of("matching.link-token-key", KEY, "matching.response-link-ttl", "7d"));

        assertThat(settings.linkTokenKey()).isEqualTo(KEY);
        assertThat(settings.toString())
                .doesNotContain(KEY)
                .contains("linkTokenKey=(set, hidden)", "responseLinkTtl=PT168H", "eventSource=/matching-service");
    }

    @Test
    void withoutAConfiguredKeyTheSettingsSayOneIsGenerated() {
        assertThat(bind(Map.of()).toString()).contains("linkTokenKey=(generated)");
    }

    private static MatchingProperties bind(Map<String, String> given) {
        return new Binder(new MapConfigurationPropertySource(given)).bindOrCreate("matching", MatchingProperties.class);
    }
}
