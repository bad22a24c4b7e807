/**
 * The processing inventory (Art. 30): controllers, processing activities, purposes, legal bases,
 * data and subject categories, recipients, retention rules, cookies and automated decisions.
 * Everything else is derived from it.
 *
 * <p>Not built yet: the admin shell shows what this module will hold.
 */
package no.vern.inventory;
