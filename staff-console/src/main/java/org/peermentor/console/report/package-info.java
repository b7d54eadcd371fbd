/**
 * A program's supply and demand for the people who recruit mentors: who waits per issue and per language against
 * the free mentor places, and how long people have waited, each as a bar chart drawn on the server (SVG, no
 * script) with the same numbers in a table beside it. Its engagement section says how accepted pairings go: the
 * share on track and the count per health, the days to a first meeting, pairings ended within 90 days and why, and
 * how often mentors and participants answer their check-ins, each in a table with a caption. Both parts download as
 * CSV files whose cells a spreadsheet never evaluates.
 */
package org.peermentor.console.report;
