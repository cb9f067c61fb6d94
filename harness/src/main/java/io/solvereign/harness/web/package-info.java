/**
 * The dispatcher cockpit ({@code solvereign serve}): a local web server on the JDK's
 * {@code com.sun.net.httpserver} that serves the cockpit pages from the jar and a JSON API over the
 * same store the CLI uses. Every verb is the CLI's own ({@link io.solvereign.harness.CockpitVerbs});
 * this package adds only the web concerns: users and roles, sessions, CSRF, the login rate limit,
 * background jobs and the routes.
 */
package io.solvereign.harness.web;
