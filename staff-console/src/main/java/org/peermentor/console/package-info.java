/**
 * The staff console: a backend-for-frontend that renders pages on the server and calls the intake, matching and
 * notification services with the signed-in person's own access token. It holds no data of its own; every access
 * decision stays in the services, and the console turns their answers (403, 404, 412, problem details) into pages.
 */
package org.peermentor.console;
