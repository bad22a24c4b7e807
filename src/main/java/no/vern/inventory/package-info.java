/**
 * The processing inventory (Art. 30): controllers, processing activities, purposes, legal bases,
 * data and subject categories, sources, recipients and transfers, retention rules, automated
 * decisions, security measures, consent purposes and cookies. The privacy notice (Art. 13, 14), the
 * cookie declaration, consent and retention are all derived from it.
 *
 * <p>The root package holds the immutable model ({@link no.vern.inventory.Inventory} and its
 * records), {@link no.vern.inventory.InventoryDocuments} to read and write the YAML or JSON
 * document, and {@link no.vern.inventory.InventoryValidator}, which returns every {@link
 * no.vern.inventory.Problem} at once. Parsing and the rules live in the Spring-free {@code domain}
 * package. Versions are stored append-only and served over {@code /api/v1/inventory} and {@code
 * /admin/inventory}.
 */
@org.jspecify.annotations.NullMarked
package no.vern.inventory;
