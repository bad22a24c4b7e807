package no.vern.system.web;

import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code ${#assets.url('/css/privacy.css')}}: the fingerprinted URL of a static file, for pages
 * rendered outside a web request's view (the public pages that modules render to a string), where
 * {@code @{...}} links cannot be written. Pages rendered as views use {@code @{...}}, which Boot's
 * ResourceUrlEncodingFilter fingerprints.
 */
@Component
class AssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final ObjectProvider<ResourceUrlProvider> urls;

  AssetsDialect(ObjectProvider<ResourceUrlProvider> urls) {
    super("vern-assets");
    this.urls = urls;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("assets");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return new Assets(urls);
      }

      @Override
      public boolean isCacheable(String name) {
        return true;
      }
    };
  }

  /** The expression object; a path it cannot resolve is returned as it is. */
  public static final class Assets {
    private final ObjectProvider<ResourceUrlProvider> urls;

    Assets(ObjectProvider<ResourceUrlProvider> urls) {
      this.urls = urls;
    }

    public String url(String path) {
      ResourceUrlProvider provider = urls.getIfAvailable();
      String versioned = provider == null ? null : provider.getForLookupPath(path);
      return versioned == null ? path : versioned;
    }
  }
}
