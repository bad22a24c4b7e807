package no.vern;

import no.vern.audit.AuditVerifyCommand;
import no.vern.subject.SubjectKeyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VernApplication {
  public static void main(String[] args) {
    if (AuditVerifyCommand.matches(args)) {
      System.exit(AuditVerifyCommand.run(VernApplication.class, args));
    }
    if (SubjectKeyCommand.matches(args)) {
      System.exit(SubjectKeyCommand.run(VernApplication.class, args));
    }
    SpringApplication.run(VernApplication.class, args);
  }
}
