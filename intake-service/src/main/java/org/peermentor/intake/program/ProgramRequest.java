package org.peermentor.intake.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What may be written about a program: its display name only (the id is the path's). */
record ProgramRequest(@NotBlank @Size(max = 100) String displayName) {}
