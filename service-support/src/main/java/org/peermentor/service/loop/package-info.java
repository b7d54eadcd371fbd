/**
 * The timer loop a service's background work runs on ({@link org.peermentor.service.loop.PassLoop}): one pass at a
 * time on a scheduler the caller owns, ended after the pass under way, so what a pass has taken on is not left
 * half-done at shutdown.
 */
package org.peermentor.service.loop;
