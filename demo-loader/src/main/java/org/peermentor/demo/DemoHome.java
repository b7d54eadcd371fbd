package org.peermentor.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Where a demo person lives: a time zone, the regions of its in-person groups, the language spoken there (and how
 * often people there also speak English), and how common such people are in the cohort (a weight).
 */
record DemoHome(
        String timezone,
        List<String> regions,
        String language,
        double alsoEnglish,
        double alsoSpanish,
        int weight,
        boolean usPhone) {

    static final List<DemoHome> ALL = List.of(
            new DemoHome(
                    "America/New_York", List.of("nyc-brooklyn", "nyc-queens", "boston-south"), "en", 1, 0.15, 20, true),
            new DemoHome("America/Chicago", List.of("chicago-north", "chicago-south"), "en", 1, 0.2, 14, true),
            new DemoHome("America/Denver", List.of("denver-metro"), "en", 1, 0.1, 5, true),
            new DemoHome(
                    "America/Los_Angeles",
                    List.of("la-eastside", "sf-mission", "seattle-central"),
                    "en",
                    1,
                    0.25,
                    15,
                    true),
            new DemoHome("America/Toronto", List.of("toronto-downtown", "montreal-plateau"), "en", 1, 0, 4, false),
            new DemoHome("America/Mexico_City", List.of("cdmx-roma"), "es", 0.3, 0, 2, false),
            new DemoHome("Europe/London", List.of("london-camden", "manchester-centre"), "en", 1, 0, 12, false),
            new DemoHome("Europe/Dublin", List.of("dublin-north"), "en", 1, 0, 3, false),
            new DemoHome("Europe/Madrid", List.of("madrid-centro", "barcelona-gracia"), "es", 0.5, 0, 7, false),
            new DemoHome("Europe/Warsaw", List.of("warsaw-mokotow", "krakow-kazimierz"), "pl", 0.6, 0, 7, false),
            new DemoHome("Europe/Paris", List.of("paris-11", "lyon-presquile"), "fr", 0.5, 0, 6, false),
            new DemoHome("Europe/Berlin", List.of("berlin-kreuzberg"), "de", 0.8, 0, 4, false));

    static DemoHome pick(List<DemoHome> homes, Random random) {
        int ticket = random.nextInt(totalWeight(homes));
        for (DemoHome home : homes) {
            ticket -= home.weight;
            if (ticket < 0) {
                return home;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /**
     * {@code count} homes in the proportions of their weights (largest remainders), shuffled: a program's mentors
     * are spread where its participants live, rather than left to chance.
     */
    static List<DemoHome> roster(List<DemoHome> homes, int count, Random random) {
        List<DemoHome> roster = new ArrayList<>();
        double[] remainders = new double[homes.size()];
        for (int i = 0; i < homes.size(); i++) {
            double share = (double) count * homes.get(i).weight / totalWeight(homes);
            Collections.nCopies((int) share, homes.get(i)).forEach(roster::add);
            remainders[i] = share - (int) share;
        }
        while (roster.size() < count) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                largest = remainders[i] > remainders[largest] ? i : largest;
            }
            roster.add(homes.get(largest));
            remainders[largest] = -1;
        }
        Collections.shuffle(roster, random);
        return roster;
    }

    private static int totalWeight(List<DemoHome> homes) {
        return homes.stream().mapToInt(DemoHome::weight).sum();
    }

    static DemoHome of(String timezone) {
        return ALL.stream()
                .filter(home -> home.timezone.equals(timezone))
                .findFirst()
                .orElseThrow();
    }

    /** The languages a person from here speaks, their first language first. */
    List<String> languages(Random random) {
        List<String> spoken = new ArrayList<>(List.of(language));
        if (!language.equals("en") && random.nextDouble() < alsoEnglish) {
            spoken.add("en");
        }
        if (language.equals("en") && random.nextDouble() < alsoSpanish) {
            spoken.add(0, "es"); // a Spanish speaker in the US
        }
        if (timezone.equals("America/Toronto") && random.nextDouble() < 0.25) {
            spoken.add("fr");
        }
        return List.copyOf(spoken);
    }

    String region(Random random) {
        return regions.get(random.nextInt(regions.size()));
    }
}
