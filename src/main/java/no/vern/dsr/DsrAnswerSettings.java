package no.vern.dsr;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the answers (access, portability, self-service), under {@code vern.dsr.answers} so
 * that they sit beside the request's own settings without sharing a record. {@code linkTtl}: how
 * long a mailed download link works (it works once). {@code sessionTtl}: how long a self-service
 * session lasts. {@code keyset}: the HMAC keyset (Tink JSON) that signs sessions, from a secrets
 * manager; blank for the file under {@code vern.keys.dir/dsr}. {@code includeReadLog}: whether the
 * package lists who has looked at the person's data, from the audit trail (when, which kind of
 * actor with its roles, what). {@code readLogNames}: whether that list also names the staff member
 * or system (a colleague's name is their personal data too: off unless the organisation decides
 * so). {@code transmissionTimeout}: the limit for sending portable data to another controller.
 * {@code transmissionAllowLocal}: lets that endpoint be plain HTTP or an address on this machine or
 * a private network; for tests only, since a person could otherwise make Vern call internal
 * services.
 */
@ConfigurationProperties("vern.dsr.answers")
public record DsrAnswerSettings(
    @DefaultValue("72h") Duration linkTtl,
    @DefaultValue("15m") Duration sessionTtl,
    @DefaultValue("") String keyset,
    @DefaultValue("false") boolean includeReadLog,
    @DefaultValue("20s") Duration transmissionTimeout,
    @DefaultValue("false") boolean transmissionAllowLocal,
    @DefaultValue("false") boolean readLogNames) {}
