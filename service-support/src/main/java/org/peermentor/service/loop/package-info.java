/**
 * The timer loop a service's background work runs on ({@link org.peermentor.service.loop.PassLoop}): one pass at a
 * time on a scheduler the caller owns, ended after the pass under way, so what a pass has taken on is not left
 * half-done at shutdown. {@link org.peermentor.service.loop.LoopLifecycle} is where Spring starts and stops such work,
 * in the phase each service gives it.
 */
package org.peermentor.service.loop;
