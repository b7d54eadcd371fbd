package org.peermentor.intake.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.peermentor.service.web.FieldError;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one cell's text into the JSON value of its column's field, by the column's {@link Cell}: a number, a yes or
 * no, one of an enum's values, a list split at {@code ;}, or slots such as {@code TUESDAY 18:00-20:00}.
 */
final class CellValues {

    private CellValues() {}

    /** Puts the cell's value at its column's field of the body, or adds why it cannot be one to {@code errors}. */
    static void fill(ObjectNode body, Column column, String cell, List<FieldError> errors) {
        String[] path = column.name().split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
        }
        String field = path[path.length - 1];
        switch (column.cell()) {
            case TEXT -> parent.put(field, cell);
            case NUMBER -> {
                try {
                    parent.put(field, Integer.parseInt(cell));
                } catch (NumberFormatException notANumber) {
                    errors.add(new FieldError(column.name(), "must be a whole number"));
                }
            }
            case BOOLEAN -> {
                Boolean value = bool(cell);
                if (value == null) {
                    errors.add(new FieldError(column.name(), "must be true or false"));
                } else {
                    parent.put(field, value);
                }
            }
            case ENUM -> {
                String value = enumValue(column, cell);
                if (value == null) {
                    errors.add(new FieldError(column.name(), oneOf(column.enumType())));
                } else {
                    parent.put(field, value);
                }
            }
            case LIST, ENUM_LIST -> {
                ArrayNode list = parent.putArray(field);
                List<String> items = items(cell);
                for (int i = 0; i < items.size(); i++) {
                    String value = column.cell() == Cell.LIST ? items.get(i) : enumValue(column, items.get(i));
                    if (value == null) {
                        errors.add(new FieldError(column.name() + "[" + i + "]", oneOf(column.enumType())));
                    } else {
                        list.add(value);
                    }
                }
            }
            case SLOTS -> SlotCells.fill(parent.putArray(field), column.name(), items(cell), errors);
            default -> throw new IllegalStateException("A column of no known kind: " + column);
        }
    }

    private static List<String> items(String cell) {
        return Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private static Boolean bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String enumValue(Column column, String cell) {
        String upper = cell.toUpperCase(Locale.ROOT);
        return Arrays.stream(column.enumType().getEnumConstants())
                .map(value -> ((Enum<?>) value).name())
                .filter(upper::equals)
                .findFirst()
                .orElse(null);
    }

    private static String oneOf(Class<?> enumType) {
        return "must be one of " + Arrays.toString(enumType.getEnumConstants());
    }
}
