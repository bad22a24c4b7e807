/**
 * The one wording of a retention rule, in the staff's voice and in the person's, Bokmål and
 * English. Here rather than in {@code retention} because inventory, policy and subject show rules
 * while the retention module itself reads inventory and subject: kept in the open kernel, the
 * wording creates no cycle. Its texts stay in {@code i18n/retention*.properties}.
 */
@org.jspecify.annotations.NullMarked
package no.vern.shared.retention;
