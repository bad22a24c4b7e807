package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@VernTest
class SubjectConcurrencyIT {

  @Autowired SubjectRegistry registry;

  @Test
  void resolvesOfOneNewIdentifierAtOnceEndAtOneSubject() throws Exception {
    Identifier email = SubjectFixtures.email();
    List<Identifier> phones = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<SubjectId>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Identifier phone = SubjectFixtures.phone();
      phones.add(phone);
      Callable<SubjectId> resolve =
          () -> {
            start.await();
            return registry.resolve(List.of(phone, email));
          };
      results.add(threads.submit(resolve));
    }
    start.countDown();
    List<SubjectId> subjects = new ArrayList<>();
    for (Future<SubjectId> result : results) {
      subjects.add(result.get());
    }
    threads.shutdown();

    assertThat(subjects).containsOnly(subjects.get(0));
    for (Identifier phone : phones) {
      assertThat(registry.find(phone)).contains(subjects.get(0));
    }
  }
}
