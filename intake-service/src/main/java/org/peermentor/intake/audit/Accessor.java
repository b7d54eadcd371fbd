package org.peermentor.intake.audit;

/**
 * Who accessed a record: {@code actor} is the token's subject (a person's username, or the client itself for a
 * machine client), with {@code actorName} to show, the {@code client} they acted through and the roles held.
 */
public record Accessor(String actor, String actorName, String client, String roles) {}
