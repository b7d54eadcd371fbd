/**
 * A program's matching settings for its program managers: each setting and quality weight explained in plain
 * words, saved for the next round, and "try these weights" — a dry run with the form's weights shown beside the
 * last real round (matched counts, each participant whose mentor would change and why, each quality term's total),
 * so a manager sees what a change would do before making it.
 */
package org.peermentor.console.settings;
