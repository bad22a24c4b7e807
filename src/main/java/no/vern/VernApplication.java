package no.vern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VernApplication {
  public static void main(String[] args) {
    SpringApplication.run(VernApplication.class, args);
  }
}
