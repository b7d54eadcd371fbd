/**
 * The intake service: it registers the participants and mentors of peer-support programs, keeps their profiles and
 * publishes every change to Kafka, where the matching and notification services read them. This package holds only
 * the application and its settings ({@code intake.*}). Each feature lives in a package of its own and the packages
 * point one way, as {@code ArchitectureTest} keeps them: the features ({@code people}, {@code imports},
 * {@code program}, {@code pairing}, {@code outbox}, {@code openapi}) stand on {@code profile}, which stands on
 * {@code audit}; no feature uses another, so a change to one stays in it.
 */
package org.peermentor.intake;
