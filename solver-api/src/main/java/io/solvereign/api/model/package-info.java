/**
 * The immutable domain model (records): templates, tour instances, forecasts, the rule set,
 * blocks and assignments. All times of a tour are given both as wall-clock minutes of its day and
 * as absolute {@link java.time.Instant}s in the site's time zone (DOMAIN §4).
 */
package io.solvereign.api.model;
