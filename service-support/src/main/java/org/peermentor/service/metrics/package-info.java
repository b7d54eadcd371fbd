/**
 * Meters the services share the making of: a gauge per value of a tag (a program, a collection), registered the first
 * time that value is counted, each keeping the last count until the next. The meters themselves, their names and
 * what they count stay with the feature that counts them.
 */
package org.peermentor.service.metrics;
