package org.peermentor.console.security;

import java.net.URI;
import org.peermentor.console.ConsoleProperties;

/**
 * The Content-Security-Policy every response carries. No inline script or style anywhere. Forms may lead to the
 * issuer: sign-out redirects there, and a form posted after the session ended is sent to its sign-in page, and
 * browsers check form-action along redirects.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {}

    static String of(ConsoleProperties properties) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; form-action 'self' " + origin(properties.issuerLogoutUri()) + "; "
                + "base-uri 'none'; object-src 'none'";
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
