/**
 * The staff console in a real browser over the whole local stack, one class per part of a person's job: signing in
 * and out, the intake desk's work, and what the services refuse. Every page a test visits passes axe-core's WCAG 2.1
 * AA checks and the 375 px phone check, and leaves a screenshot under {@code target/screenshots/}.
 */
package org.peermentor.browser;
