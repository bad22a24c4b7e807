package no.vern.system.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of every page and mail: the shell's {@code messages} bundle and every module's {@code
 * i18n/<name>} bundle, found on the class path at start. A new module adds its three files ({@code
 * i18n/x.properties}, {@code x_nb}, {@code x_en}) and nothing else.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

  private static final String SHELL = "messages";

  @Bean
  MessageSource messageSource() {
    var source = new ResourceBundleMessageSource();
    source.setBasenames(families().toArray(String[]::new));
    source.setDefaultEncoding("UTF-8");
    // Bokmål is the default language; the JVM's locale must never pick a bundle.
    source.setFallbackToSystemLocale(false);
    return source;
  }

  /** {@code messages} first, then every module bundle by name. */
  public static List<String> families() {
    var names = new TreeSet<String>();
    try {
      for (Resource r :
          new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
        String file = Objects.requireNonNull(r.getFilename());
        String family = file.substring(0, file.length() - ".properties".length());
        if (!family.matches(".*_[a-z]{2}")) {
          names.add("i18n/" + family);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the message bundles", e);
    }
    List<String> families = new ArrayList<>();
    families.add(SHELL);
    families.addAll(names);
    return families;
  }
}
