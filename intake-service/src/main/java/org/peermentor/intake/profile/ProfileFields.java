package org.peermentor.intake.profile;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peermentor.contracts.EventJson;
import tools.jackson.core.type.TypeReference;

/**
 * Makes a profile record from its fields by name, and the next version of one with some fields changed, instead of
 * calling the records' 22-argument constructors: a profile is made from exactly the JSON it is stored and published
 * as. Every field must be named, and nothing else, so a field left out or misspelt fails at once.
 */
final class ProfileFields {

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {};

    private ProfileFields() {}

    /** The names of a record's fields, in their order. */
    static Set<String> names(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("Not a record: " + type);
        }
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static <P> P build(Class<P> type, Map<String, Object> fields) {
        Set<String> expected = names(type);
        if (!expected.equals(fields.keySet())) {
            throw new IllegalArgumentException("A " + type.getSimpleName() + " needs exactly the fields " + expected
                    + "; given " + fields.keySet());
        }
        return EventJson.mapper().convertValue(fields, type);
    }

    @SuppressWarnings("unchecked")
    static <P> P with(P profile, Map<String, Object> changes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        names(profile.getClass()).forEach(name -> fields.put(name, null));
        fields.putAll(EventJson.mapper().convertValue(profile, FIELDS));
        if (!fields.keySet().containsAll(changes.keySet())) {
            throw new IllegalArgumentException(
                    "A " + profile.getClass().getSimpleName() + " has no field among " + changes.keySet());
        }
        fields.putAll(changes);
        return build((Class<P>) profile.getClass(), fields);
    }
}
