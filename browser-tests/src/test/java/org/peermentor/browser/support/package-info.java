/**
 * What the browser tests stand on: the whole local stack started once ({@link org.peermentor.browser.support.ConsoleStack}),
 * Debian's Chromium driven by Selenium as one person's browser with the checks every page must pass
 * ({@link org.peermentor.browser.support.Browser}: screenshot, axe-core, 375 px), and the intake API to arrange and
 * check data behind the pages' backs.
 */
package org.peermentor.browser.support;
