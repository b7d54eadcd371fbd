/**
 * Bulk import of participants or mentors from a CSV file ({@code POST /api/imports}). The request body is read as it
 * arrives ({@link CsvReader}), each row becomes the same request record a form sends
 * and is held to the same rules (the kind's {@code Registrar} in {@code profile}), and rows are stored a batch at a
 * time: one lookup of what is there already, one insert of the new profiles (each carrying its own outbox entry,
 * so every row's event reaches Kafka through the relay) and one insert of their audit entries. Each row's result is
 * sent as soon as its batch is stored, so neither the file nor the answer is ever held whole in memory.
 */
package org.peermentor.intake.imports;
