package no.vern.dsr.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import no.vern.consent.ConsentLedger;
import no.vern.dsr.DsrFixtures;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Browser;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: a debtor opens their rights page, signs in with electronic ID (the mock provider in
 * place of ID-porten), and reads their own data in Bokmål with the Art. 15 information.
 */
@VernTest
class SelfServiceBrowserIT extends MockProvider {

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired Clock clock;
  @RegisterExtension final Browser chromium = new Browser();

  @Test
  void aDebtorSignsInWithElectronicIdAndReadsTheirDataInBokmal() {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    nextSignInIs(person.nationalId());
    WebDriver browser = chromium.driver();

    browser.get("http://localhost:" + port + "/rights/me?lang=nb");
    assertThat(browser.findElement(By.id("title")).getAttribute("data-state")).isEqualTo("SIGNIN");
    browser.findElement(By.id("signin-oidc")).click();

    chromium.await().until(ExpectedConditions.attributeToBe(By.id("title"), "data-state", "SHOW"));
    chromium.screenshot("dsr-self-service");
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page)
        .contains("Din side om rettighetene dine", person.enquiry(), "Inkasso")
        .contains("Formål", "Rettslig grunnlag", "Mottakere", "Datatilsynet")
        .doesNotContain(person.guarantor());
    assertThat(browser.findElements(By.cssSelector("table.record.withheld"))).hasSize(1);

    browser.findElement(By.id("signout")).click();
    chromium
        .await()
        .until(ExpectedConditions.attributeToBe(By.id("title"), "data-state", "SIGNIN"));
  }
}
