/**
 * A program's matching settings for its program managers: each setting and quality weight explained in plain
 * words, saved for the next round, and "try these weights" — a dry run with the form's weights shown beside the
 * last real round (matched counts, each participant whose mentor would change and why, each quality term's total),
 * so a manager sees what a change would do before making it. The follow-up of pairings is set here too: when a mentor
 * who has not answered is reminded and when check-ins go out, typed as days or hours and sent as ISO-8601 durations,
 * and whether a participant's request for a new mentor ends the pairing with a rematch by itself.
 */
package org.peermentor.console.settings;
