/**
 * What every page shares: who is signed in and the form's CSRF token in every model, the vocabulary in words
 * ({@code ALCOHOL_USE} → "Alcohol use", {@code TUESDAY} → "Tuesday"), the ids that tie a form field to its label
 * and its error, and the error pages (403, 404, 503) in the console's look for what the services answer.
 */
package org.peermentor.console.web;
