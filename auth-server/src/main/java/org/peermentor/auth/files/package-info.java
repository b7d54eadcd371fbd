/**
 * The settings files the issuer reads at start that hold secrets (the users file's passwords, the clients file's
 * client secrets). A mistake in one stops the start and is named by where it is, never by quoting the file: the text
 * around a mistake may be a secret.
 */
package org.peermentor.auth.files;
