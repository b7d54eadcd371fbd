package org.peermentor.matching.health;

import org.peermentor.testkit.ReadinessContract;

/** Readiness follows the broker and the store, down and back up; liveness stays UP throughout. */
class ReadinessTest extends ReadinessContract {}
