/**
 * Web plumbing: errors as problem+json or pages, correlation ids, body limits, languages and the
 * admin shell.
 */
@org.jspecify.annotations.NullMarked
package no.vern.system.web;
