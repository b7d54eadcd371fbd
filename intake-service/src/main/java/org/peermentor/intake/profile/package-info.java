/**
 * Profiles of both kinds, participants and mentors: the request intake staff send and its rules, the registrar that
 * turns a request into a profile and makes each next version, the store that writes a profile together with the
 * event announcing it, and the guard that hides records outside the caller's programs and audits every access.
 * Both the single API ({@code people}) and bulk imports ({@code imports}) go through it, so a row of a file is held to
 * exactly the rules of a form.
 */
package org.peermentor.intake.profile;
