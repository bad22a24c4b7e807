package no.vern;

import no.vern.shared.CommandLineVerb;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VernApplication {
  public static void main(String[] args) {
    var verb = CommandLineVerb.matching(args);
    if (verb.isPresent()) {
      System.exit(verb.get().run(VernApplication.class, args));
    }
    SpringApplication.run(VernApplication.class, args);
  }
}
