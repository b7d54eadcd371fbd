/**
 * Signing people in on the issuer: the sign-in page ({@code GET /login}, a Thymeleaf page in the console's look,
 * styled by {@code /theme/console.css} from the console-theme module), form sign-in and sign-out, and the security
 * headers every page of the issuer carries. A locked account is told so in words; any other failure gets one message
 * that does not reveal whether the username exists.
 */
package org.peermentor.auth.signin;
