package no.vern.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import no.vern.inventory.InventoryActivated;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** An activation publishes the notice for exactly that version, or fails the activation. */
class InventoryActivationListenerTests {

  private static final Instant AT = Instant.parse("2026-01-02T10:00:00Z");

  private final ProcessingInventory inventory = mock(ProcessingInventory.class);
  private final PrivacyNotices notices = mock(PrivacyNotices.class);
  private final InventoryActivationListener listener =
      new InventoryActivationListener(provider(inventory), notices);

  @Test
  void publishesTheActivatedVersion() {
    var version =
        new InventoryVersion(7, PolicyExamples.debtCollectionGroup(), "0".repeat(64), AT, "test");
    when(inventory.version(7)).thenReturn(Optional.of(version));
    listener.on(new InventoryActivated(7, AT));
    verify(notices).publish(version);
  }

  @Test
  void aMissingVersionFailsTheActivation() {
    when(inventory.version(8)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> listener.on(new InventoryActivated(8, AT)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("8");
  }

  private static org.springframework.beans.factory.ObjectProvider<ProcessingInventory> provider(
      ProcessingInventory inventory) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("processingInventory", inventory);
    return beans.getBeanProvider(ProcessingInventory.class);
  }
}
