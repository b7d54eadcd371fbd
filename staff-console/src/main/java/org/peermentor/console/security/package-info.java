/**
 * Signing people in and out. The console is a confidential OAuth2 client that still uses PKCE; its tokens live in
 * the server-side web session and never reach the browser. A page asked for without a session goes straight to the
 * issuer's sign-in page and comes back to that page; sign-out ends the console's session and then the issuer's.
 * Every response carries the security headers (a Content-Security-Policy without inline scripts among them).
 */
package org.peermentor.console.security;
