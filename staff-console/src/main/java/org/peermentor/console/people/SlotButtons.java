package org.peermentor.console.people;

import org.springframework.util.MultiValueMap;

/**
 * The form's "Add another time" and "Remove" buttons, which post the form as the save button does so the weekly
 * slots can be edited without JavaScript: whether one of them was pressed, and the form as typed with a row more or
 * less.
 */
final class SlotButtons {

    private static final String ADD_SLOT = "_addSlot";
    private static final String REMOVE_SLOT = "_removeSlot";

    private SlotButtons() {}

    static boolean pressed(MultiValueMap<String, String> data) {
        return data.containsKey(ADD_SLOT) || data.containsKey(REMOVE_SLOT);
    }

    /** A "Remove" that names no row by its number leaves the form as typed. */
    static PersonForm applied(PersonForm typed, MultiValueMap<String, String> data) {
        if (data.containsKey(ADD_SLOT)) {
            return typed.withSlotAdded();
        }
        try {
            return typed.withSlotRemoved(Integer.parseInt(data.getFirst(REMOVE_SLOT)));
        } catch (NumberFormatException notARow) {
            return typed;
        }
    }
}
