package no.vern.inventory;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code ${#site.name()}} and {@code ${#site.website()}}: the organisation of the active inventory,
 * for the header every public page carries (templates/public/site.html), whichever module renders
 * the page and whether or not it is rendered inside a web request. Read once per page.
 */
@Component
class PublicSiteDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final ProcessingInventory inventory;

  PublicSiteDialect(ProcessingInventory inventory) {
    super("vern-site");
    this.inventory = inventory;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("site");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return inventory
            .active()
            .map(v -> new Site(v.inventory().organisation()))
            .orElse(new Site(null));
      }

      @Override
      public boolean isCacheable(String name) {
        // Kept for the rest of this page's rendering only; the next page reads the inventory again.
        return true;
      }
    };
  }

  /** The expression object: the organisation's name and its own site, either possibly absent. */
  public static final class Site {
    private final @Nullable Organisation organisation;

    Site(@Nullable Organisation organisation) {
      this.organisation = organisation;
    }

    public @Nullable String name() {
      return organisation == null ? null : organisation.name();
    }

    /** Only an http(s) address, so a page never links anything else. */
    public @Nullable String website() {
      String site = organisation == null ? null : organisation.website();
      return site != null && (site.startsWith("https://") || site.startsWith("http://"))
          ? site
          : null;
    }
  }
}
