package org.peermentor.benchmarks;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} command-line options, and where a running {@code ./run-local} listens unless they say
 * otherwise: {@code --intake}, {@code --matching}, {@code --inbox}, {@code --kafka}.
 */
record Options(Map<String, String> values) {

    static Options parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return new Options(options);
    }

    String getOrDefault(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** A whole-number option, or {@code otherwise} when it is not given. */
    int integer(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
    }

    String intake() {
        return getOrDefault("intake", "http://localhost:8081");
    }

    String matching() {
        return getOrDefault("matching", "http://localhost:8082");
    }

    String inbox() {
        return getOrDefault("inbox", "http://localhost:8025");
    }

    String kafka() {
        return getOrDefault("kafka", "localhost:9092");
    }
}
