/**
 * The people who sign in to the staff console through this issuer: read from the users file
 * ({@code auth.users-file}) with their passwords hashed by Spring Security's delegating encoder (bcrypt), offered to
 * form sign-in as a {@code UserDetailsService}, and locked for a while after repeated failed sign-ins
 * ({@code auth.lockout.*}). Nothing here logs a username or a password.
 */
package org.peermentor.auth.people;
