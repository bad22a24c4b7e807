package no.vern.system.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.databind.JacksonModule;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Bean
  JacksonModule storableValues() {
    return new StorableValues();
  }

  @Bean
  LocaleResolver localeResolver() {
    return new LanguageResolver();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    // A public form's lang field, and the lang of the newsletter pages under /u/, pick the
    // answer's language only: those answers set no cookie.
    registry.addInterceptor(change).excludePathPatterns("/public/forms/**", "/u", "/u/**");
  }
}
