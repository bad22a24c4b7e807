package no.vern.dsr;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;

/** The short, signed self-service session that {@code /rights/me} reads. */
public interface SelfService {

  /** Starts a session for this subject by setting its cookie on the response. */
  void open(HttpServletResponse response, UUID subjectId);
}
