package no.vern.inventory;

import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This module's entry in the admin navigation. */
@Configuration(proxyBeanMethods = false)
class InventoryNavigation {

  @Bean
  AdminNavigationEntry inventoryNavigationEntry() {
    return AdminNavigationEntry.page("inventory", "/admin/inventory", 10).in(Group.REGISTERS);
  }
}
