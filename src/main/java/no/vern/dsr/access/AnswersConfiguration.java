package no.vern.dsr.access;

import no.vern.dsr.DsrAnswerSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DsrAnswerSettings.class)
class AnswersConfiguration {}
