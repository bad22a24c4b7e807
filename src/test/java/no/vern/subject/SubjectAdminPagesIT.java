package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.shared.identifier.IdentifierType;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Search, the subject page and its audit, through the real security chain. */
@VernTest
class SubjectAdminPagesIT {

  private static final UUID HANDLER_ID = UUID.randomUUID();
  private static final String HANDLER = "user:" + HANDLER_ID;
  private static final java.util.Random RANDOM = new java.util.Random();

  @Autowired WebApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    // A user who reads people must exist since issue 18 (need-to-know); this one sees everyone.
    no.vern.support.TestUsers.withAllControllers(jdbc, HANDLER_ID);
  }

  @Test
  void aSearchByEMailRedirectsToThePageByIdAndKeepsTheValueOutOfAddressAndTrail() throws Exception {
    String email = "Person." + UUID.randomUUID() + "@Example.invalid";
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));

    MvcResult found =
        mvc.perform(search("email", " " + email.toUpperCase() + " ", "en")).andReturn();

    assertThat(found.getResponse().getStatus()).isEqualTo(302);
    String location = found.getResponse().getRedirectedUrl();
    assertThat(location).isEqualTo("/admin/subjects/" + subject);
    assertThat(audits(3021, subject.toString())).isEqualTo(1);
    assertThat(auditRowsHolding(email)).isZero();
  }

  @Test
  void oneFieldFindsAPersonByPhoneOrNationalIdWithoutAType() throws Exception {
    String phone = "9" + String.format("%07d", RANDOM.nextInt(10_000_000));
    String nationalId = IdentifierFixtures.randomNationalId();
    SubjectId subject =
        registry.resolve(
            List.of(
                new Identifier(IdentifierType.PHONE, "+47" + phone),
                new Identifier(IdentifierType.NATIONAL_ID, nationalId)));

    String spaced = phone.substring(0, 3) + " " + phone.substring(3, 5) + " " + phone.substring(5);
    MvcResult byPhone = mvc.perform(oneField(spaced, "en")).andReturn();
    MvcResult byNationalId = mvc.perform(oneField(nationalId, "nb")).andReturn();

    assertThat(byPhone.getResponse().getRedirectedUrl()).isEqualTo("/admin/subjects/" + subject);
    assertThat(byNationalId.getResponse().getRedirectedUrl())
        .isEqualTo("/admin/subjects/" + subject);
    assertThat(audits(3021, subject.toString())).isEqualTo(2);
    assertThat(auditRowsHolding(phone)).isZero();
    assertThat(auditRowsHolding(nationalId)).isZero();
  }

  @Test
  void theOneFieldSaysWhatItLookedUpAndThatANameIsFoundOnlyInFull() throws Exception {
    String page = page(get("/admin/subjects").param("lang", "en").with(handler()));
    assertThat(page).doesNotContain("<select").contains("A name is found only as written in full");

    String unknown =
        page(oneField("+47 9" + String.format("%07d", RANDOM.nextInt(10_000_000)), "en"));
    assertThat(unknown)
        .contains("id=\"search-no-match\"")
        .contains("Looked up as:")
        .contains("Phone number");

    String valid = IdentifierFixtures.randomNationalId();
    String typo = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);
    String nb = page(oneField(typo, "nb"));
    assertThat(nb)
        .contains("Kontrollsifrene stemmer ikke")
        .contains("Fødselsnummer eller D-nummer");
  }

  @Test
  void anInvalidValueIsAFieldErrorAndAnUnknownPersonNoMatch() throws Exception {
    String invalid = page(search("email", "not-an-address", "en"));
    assertThat(invalid).contains("id=\"search-errors\"").doesNotContain("search-no-match");
    assertThat(invalid).contains("This is not written as an identifier of this type is.");

    String valid = IdentifierFixtures.randomNationalId();
    String typo = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);
    String nb = page(search("nationalId", typo, "nb"));
    assertThat(nb).contains("Kontrollsifrene stemmer ikke");

    String unknown =
        page(search("email", "nobody." + UUID.randomUUID() + "@example.invalid", "en"));
    assertThat(unknown).contains("id=\"search-no-match\"").contains("No match");
  }

  @Test
  void thePageShowsRecordsByActivityWithPurposeBasisAndRetentionAndIsAudited() throws Exception {
    String email = "person." + UUID.randomUUID() + "@example.invalid";
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    String marker = "Synthetic enquiry " + UUID.randomUUID();
    Instant now = clock.instant();
    RecordId enquiry = records.store(subject, RecordFixtures.enquiry(now, marker), "system:test");
    RecordId claim =
        records.store(subject, RecordFixtures.claim(now, LocalDate.of(2025, 2, 17)), "system:test");

    String page = page(get("/admin/subjects/" + subject).param("lang", "en").with(handler()));

    assertThat(page).contains(email).contains(marker).contains("Synthetic claim 1200 NOK");
    String enquiries = section(page, "enquiries");
    assertThat(enquiries)
        .contains("Enquiries and contact forms")
        .contains("To answer questions and requests about our services")
        .contains("Contract (Art. 6(1)(b))")
        .contains("Legitimate interests (Art. 6(1)(f))")
        .contains("3 years after «Our last contact with you», then delete")
        // Sent by the person: the collection was the last contact so far.
        .contains(
            now.atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate().plusYears(3).toString())
        .contains(enquiry.toString())
        .contains("Not needed: collected from the person");
    String debts = section(page, "debt-collection");
    assertThat(debts)
        .contains("Debt collection")
        .contains("Legal obligation (Art. 6(1)(c))")
        .contains("«When the case is closed»: that has not happened yet")
        .contains(claim.toString())
        .contains("Inform by 2025-02-17")
        .contains("not yet informed");

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 3020"
                        + " AND actor_type = 'USER' AND actor_id = ? AND resource_id = ?")
                .params(HANDLER_ID.toString(), subject.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(audits(3001, subject.toString())).isEqualTo(1);
    assertThat(audits(3022, subject.toString())).isEqualTo(1);
    assertThat(auditRowsHolding(email)).isZero();
    assertThat(auditRowsHolding(marker)).isZero();

    // In Bokmål, the same codes in Bokmål words (issue 16); read after the counts above.
    String nb = page(get("/admin/subjects/" + subject).param("lang", "nb").with(handler()));
    assertThat(section(nb, "enquiries"))
        .contains("Avtale (art. 6 nr. 1 b)")
        .contains("Berettiget interesse (art. 6 nr. 1 f)")
        .doesNotContain("A6-1-b");
  }

  @Test
  void thePageShowsARestrictionAndTheObjectionsGroundAndState() throws Exception {
    String email = "person." + UUID.randomUUID() + "@example.invalid";
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    Instant now = clock.instant();
    records.store(subject, RecordFixtures.enquiry(now, "Synthetic"), "system:test");
    records.store(subject, RecordFixtures.claim(now, LocalDate.of(2025, 2, 17)), "system:test");
    jdbc.sql(
            "INSERT INTO subject_activity_flags (subject_id, activity, restricted, objection,"
                + " objection_ground) VALUES (?, 'enquiries', true, 'raised', 'processing'),"
                + " (?, 'debt-collection', false, 'upheld', 'processing')")
        .params(subject.value(), subject.value())
        .update();

    String en = page(get("/admin/subjects/" + subject).param("lang", "en").with(handler()));
    String nb = page(get("/admin/subjects/" + subject).param("lang", "nb").with(handler()));

    assertThat(section(en, "enquiries"))
        .contains("Processing restricted (Art. 18)")
        .contains("Objection raised, not yet assessed (Art. 21(1))");
    assertThat(section(en, "debt-collection"))
        .contains("Objection upheld (Art. 21(1))")
        .doesNotContain("Processing restricted");
    assertThat(section(nb, "debt-collection")).contains("Protest tatt til følge (art. 21 nr. 1)");
  }

  @Test
  void anUnknownIdIsNotFoundAndOtherRolesAreTurnedAway() throws Exception {
    mvc.perform(get("/admin/subjects/" + UUID.randomUUID()).with(handler()))
        .andExpect(status().isNotFound());
    SubjectId subject = registry.resolve(List.of(SubjectFixtures.email()));
    for (String role : List.of("MARKETING", "AUDITOR")) {
      var who = user(HANDLER).roles(role);
      mvc.perform(get("/admin/subjects").with(who)).andExpect(status().isForbidden());
      mvc.perform(get("/admin/subjects/" + subject).with(who)).andExpect(status().isForbidden());
      mvc.perform(
              post("/admin/subjects")
                  .param("type", "email")
                  .param("value", "a@b.no")
                  .with(who)
                  .with(csrf()))
          .andExpect(status().isForbidden());
    }
    for (String role : List.of("ADMIN", "DPO")) {
      mvc.perform(get("/admin/subjects").with(user(HANDLER).roles(role)))
          .andExpect(status().isOk());
    }
  }

  private MockHttpServletRequestBuilder oneField(String value, String lang) {
    return post("/admin/subjects")
        .param("value", value)
        .param("lang", lang)
        .with(handler())
        .with(csrf());
  }

  private MockHttpServletRequestBuilder search(String type, String value, String lang) {
    return post("/admin/subjects")
        .param("type", type)
        .param("value", value)
        .param("lang", lang)
        .with(handler())
        .with(csrf());
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor handler() {
    return user(HANDLER).roles("CASE_HANDLER");
  }

  /** The part of the page for one activity. */
  private static String section(String page, String activity) {
    int at = page.indexOf("data-activity=\"" + activity + "\"");
    assertThat(at).as("section of " + activity).isNotNegative();
    return page.substring(at, page.indexOf("</section>", at));
  }

  private long audits(int action, String resourceId) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(action, resourceId)
        .query(Long.class)
        .single();
  }

  private long auditRowsHolding(String value) {
    return jdbc.sql("SELECT count(*) FROM audit_entry a WHERE strpos(lower(a::text), lower(?)) > 0")
        .param(value)
        .query(Long.class)
        .single();
  }
}
