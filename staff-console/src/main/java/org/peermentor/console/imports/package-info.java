/**
 * Bulk import: the {@code /import} page takes a CSV file and streams it to intake's import API without holding it
 * in memory, then shows one result per row (created, unchanged, or rejected with its field errors). The template
 * CSV comes from intake, so its columns are always the API's.
 */
package org.peermentor.console.imports;
