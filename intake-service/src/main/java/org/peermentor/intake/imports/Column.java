package org.peermentor.intake.imports;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.peermentor.intake.profile.ProfileRequest;
import org.peermentor.intake.profile.Registrar;
import org.peermentor.intake.profile.SlotRequest;

/**
 * A column of an import file: named after the JSON field it fills ({@code firstName}, {@code consent.dataProcessing})
 * and read as that field's type. The columns of a kind are the fields of the request its profile has, so a field
 * added to the form is a column of the file too, with nothing to keep in step.
 */
record Column(String name, Cell cell, Class<?> enumType) {

    /** The columns of a kind's file: the fields of the request its profile has, nested records flattened with dots. */
    static List<Column> of(Registrar<?> registrar) {
        List<Column> columns = new ArrayList<>();
        add("", ProfileRequest.class, columns);
        return columns.stream()
                .filter(column -> registrar.hasRequestField(column.name().split("\\.")[0]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static void add(String prefix, Class<? extends Record> type, List<Column> columns) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            Class<?> raw = component.getType();
            if (raw.isRecord()) {
                add(name + ".", (Class<? extends Record>) raw, columns);
            } else if (List.class.isAssignableFrom(raw)) {
                Class<?> element = elementType(component.getGenericType());
                columns.add(
                        element == SlotRequest.class
                                ? new Column(name, Cell.SLOTS, null)
                                : element.isEnum()
                                        ? new Column(name, Cell.ENUM_LIST, element)
                                        : new Column(name, Cell.LIST, null));
            } else if (raw.isEnum()) {
                columns.add(new Column(name, Cell.ENUM, raw));
            } else if (raw == Integer.class || raw == int.class) {
                columns.add(new Column(name, Cell.NUMBER, null));
            } else if (raw == Boolean.class || raw == boolean.class) {
                columns.add(new Column(name, Cell.BOOLEAN, null));
            } else {
                columns.add(new Column(name, Cell.TEXT, null));
            }
        }
    }

    private static Class<?> elementType(Type list) {
        Type element = ((ParameterizedType) list).getActualTypeArguments()[0];
        return element instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) element;
    }
}
