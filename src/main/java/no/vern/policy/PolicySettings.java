package no.vern.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many days after a new version the "our privacy notice changed" message is shown. */
@ConfigurationProperties("vern.policy")
record PolicySettings(@DefaultValue("30") int changedNoticeDays) {}
