package no.vern.system;

import no.vern.shared.VernSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link VernSettings} once for every module. It lives in {@code shared} so that any module
 * may read it; the wiring is the system's, as for the database it describes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VernSettings.class)
class SettingsConfiguration {}
