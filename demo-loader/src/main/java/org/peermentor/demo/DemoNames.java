package org.peermentor.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Invented names for the demo, in the person's first language: common first names and surnames put together
 * from syllables, so no real person is meant. Emails are ASCII, at example.org only.
 */
final class DemoNames {

    private static final Map<String, List<String>> FEMALE = Map.of(
            "en",
                    List.of(
                            "Avery", "Brooke", "Claire", "Dana", "Erin", "Fiona", "Grace", "Hannah", "Iris", "Jenna",
                            "Kara", "Leah", "Maya", "Nora", "Paige", "Ruth"),
            "es", List.of("Lucía", "Carmen", "Elena", "Marisol", "Paula", "Rosa", "Inés", "Valeria"),
            "pl", List.of("Zofia", "Agnieszka", "Magda", "Ewa", "Kasia", "Joanna", "Ola", "Marta"),
            "fr", List.of("Camille", "Élodie", "Manon", "Chloé", "Inès", "Léa", "Margaux", "Sophie"),
            "de", List.of("Anke", "Greta", "Jana", "Lena", "Frieda", "Svenja"),
            "uk", List.of("Oksana", "Iryna", "Halyna", "Olena"),
            "vi", List.of("Linh", "Mai", "Thao", "Huong"));
    private static final Map<String, List<String>> MALE = Map.of(
            "en",
                    List.of(
                            "Aaron", "Ben", "Caleb", "Derek", "Eli", "Finn", "Gavin", "Henry", "Isaac", "Jared",
                            "Kevin", "Liam", "Marcus", "Noah", "Owen", "Reid"),
            "es", List.of("Mateo", "Javier", "Diego", "Andrés", "Tomás", "Rafael", "Hugo", "Pablo"),
            "pl", List.of("Kacper", "Tomasz", "Paweł", "Marek", "Bartek", "Jakub", "Piotr", "Wojtek"),
            "fr", List.of("Théo", "Julien", "Mathis", "Hugo", "Lucas", "Bastien", "Rémi", "Antoine"),
            "de", List.of("Jonas", "Lukas", "Felix", "Matthias", "Till", "Henrik"),
            "uk", List.of("Taras", "Andriy", "Bohdan", "Mykola"),
            "vi", List.of("Minh", "Tuan", "Quang", "Duc"));
    private static final List<String> NEUTRAL =
            List.of("Alex", "Robin", "Sam", "Charlie", "Jordan", "Kim", "Noa", "Sasha", "Quinn", "Rowan");
    private static final Map<String, List<List<String>>> SURNAME_PARTS = Map.of(
            "en",
                    List.of(
                            List.of(
                                    "Ash", "Birch", "Clay", "Dun", "Elm", "Fair", "Glen", "Hart", "Kings", "Lang",
                                    "Mill", "North", "Oak", "Red", "Thorn", "West"),
                            List.of(
                                    "brook", "by", "croft", "dale", "field", "ford", "gate", "hurst", "ley", "more",
                                    "ridge", "stead", "ton", "well", "wick", "wood")),
            "es",
                    List.of(
                            List.of("Val", "Mont", "Villa", "Cas", "Fuen", "Sal", "Bel", "Torre"),
                            List.of("verde", "alto", "blanca", "seca", "nueva", "mayor", "real", "lobos")),
            "pl",
                    List.of(
                            List.of("Kowal", "Dąbr", "Grab", "Jaw", "Sos", "Wron", "Brzoz", "Lip"),
                            List.of("czyk", "ak", "iec", "ek", "owicz", "uk")),
            "fr",
                    List.of(
                            List.of("Beau", "Mont", "Clair", "Roche", "Belle", "Fon", "Ville", "Lac"),
                            List.of("champ", "fort", "mont", "bois", "val", "pré", "rive", "lieu")),
            "de",
                    List.of(
                            List.of("Berg", "Feld", "Stein", "Wald", "Ross", "Linden", "Hoch", "Kirch"),
                            List.of("mann", "hof", "er", "bach", "berger", "inger")),
            "uk", List.of(List.of("Bondar", "Kravch", "Shevch", "Tkach", "Moroz"), List.of("enko", "uk", "ko")),
            "vi", List.of(List.of("Tran", "Pham", "Vo", "Dang", "Bui"), List.of("")));

    private DemoNames() {}

    static String firstName(String language, String gender, Random random) {
        List<String> names = switch (gender) {
            case "FEMALE" -> FEMALE.getOrDefault(language, FEMALE.get("en"));
            case "MALE" -> MALE.getOrDefault(language, MALE.get("en"));
            default -> NEUTRAL;
        };
        return names.get(random.nextInt(names.size()));
    }

    static String lastName(String language, Random random) {
        List<List<String>> parts = SURNAME_PARTS.getOrDefault(language, SURNAME_PARTS.get("en"));
        return parts.get(0).get(random.nextInt(parts.get(0).size()))
                + parts.get(1).get(random.nextInt(parts.get(1).size()));
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
