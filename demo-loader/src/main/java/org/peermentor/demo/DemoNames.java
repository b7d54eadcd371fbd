package org.peermentor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Invented names for the demo, in the person's first language: common first names and surnames put together
 * from syllables, so no real person is meant, kept as data in {@code demo-names.properties} beside this class.
 * Emails are ASCII, at example.org only.
 */
final class DemoNames {

    /** Each line of {@code demo-names.properties} as its words; a surname line as its starts, then its ends. */
    private static final Map<String, List<List<String>>> NAMES = load("demo-names.properties");

    private DemoNames() {}

    static String firstName(String language, String gender, Random random) {
        List<String> names = switch (gender) {
            case "FEMALE", "MALE" -> inLanguage(gender, language).get(0);
            default -> NAMES.get("NEUTRAL").get(0);
        };
        return names.get(random.nextInt(names.size()));
    }

    static String lastName(String language, Random random) {
        List<List<String>> parts = inLanguage("surname", language);
        return parts.get(0).get(random.nextInt(parts.get(0).size()))
                + parts.get(1).get(random.nextInt(parts.get(1).size()));
    }

    private static List<List<String>> inLanguage(String kind, String language) {
        return NAMES.getOrDefault(kind + "." + language, NAMES.get(kind + ".en"));
    }

    private static Map<String, List<List<String>>> load(String resource) {
        Properties lines = new Properties();
        try (InputStream in = DemoNames.class.getResourceAsStream(resource)) {
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return lines.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(
                        name -> name,
                        name -> Stream.of(lines.getProperty(name).split("\\|", -1))
                                .map(words -> List.of(words.strip().split("\\s+")))
                                .toList()));
    }

    /** {@code lucia.valverde.r017@example.org}: the tag keeps two people of the same name apart. */
    static String email(String firstName, String lastName, String tag) {
        return ascii(firstName) + "." + ascii(lastName) + "." + tag + "@example.org";
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ł", "l")
                .replace("Ł", "L")
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }
}
