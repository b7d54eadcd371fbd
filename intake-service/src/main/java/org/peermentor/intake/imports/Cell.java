package org.peermentor.intake.imports;

/** How a cell's text of an import {@link Column} becomes a JSON value. */
enum Cell {
    TEXT,
    NUMBER,
    BOOLEAN,
    ENUM,
    LIST,
    ENUM_LIST,
    SLOTS
}
