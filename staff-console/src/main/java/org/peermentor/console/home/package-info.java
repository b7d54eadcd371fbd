/**
 * The start page (what the signed-in person can do here, and the programs they can see) and the list of programs.
 * The links shown follow the person's roles; what they may actually do is decided by the services.
 */
package org.peermentor.console.home;
