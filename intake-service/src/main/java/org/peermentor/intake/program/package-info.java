/**
 * Programs as people see them: an id with a display name. A program exists once a profile carries its id or someone
 * names it; until it is named its display name is the id made readable. Only the names are stored here (collection
 * {@code programs}); everything else about a program lives with its profiles and in the matching service.
 */
package org.peermentor.intake.program;
