package no.vern.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole of Vern on a random port, on the shared test database. Tests using it share one
 * application context, so they must not assume an empty database. It holds {@link FailingReaction},
 * inert until a test names a subject, so the tests of failing reactions need no context (and no
 * connection pool) of their own; and {@link TestClientAddresses}, inert until a request names an
 * address.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({FailingReaction.class, TestClientAddresses.class})
public @interface VernTest {}
