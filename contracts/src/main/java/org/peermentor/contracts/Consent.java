package org.peermentor.contracts;

public record Consent(boolean dataProcessing, boolean contactByEmail) {}
