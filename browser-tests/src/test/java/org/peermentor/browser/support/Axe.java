package org.peermentor.browser.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (4.14.1, kept in the test resources) run in the page as it stands: the WCAG 2.0/2.1 A and AA rules only,
 * since best-practice rules fire on any small page. Answers the violations of serious or critical impact.
 */
final class Axe {

    private static final String SOURCE = read("/axe/axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(result => done(result.violations
                   .filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(error => done(['axe failed: ' + error]));
            """;

    private Axe() {}

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined'"))) {
            page.executeScript(SOURCE);
        }
        Object answer = page.executeAsyncScript(RUN);
        return answer instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(answer));
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
