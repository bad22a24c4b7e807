package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vern.support.Browser;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A DPO reads the inventory in the admin UI, pastes a version with the mistakes newcomers make into
 * a draft, and is shown every problem with its path and line and no way to publish, while the
 * inventory in force stays as it was.
 */
@VernTest
class InventoryAdminBrowserIT {

  @LocalServerPort int port;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;

  @BeforeEach
  void useBrowser() {
    browser = chromium.driver();
  }

  @Test
  void aBrokenInventoryIsExplainedAndNotActivated() {
    browser.get(url("/admin/login?lang=en"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password-1234");
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));

    browser.get(url("/admin/inventory"));
    String activeBefore = browser.findElement(By.id("inventory-active")).getText();
    assertThat(browser.findElement(By.id("inventory-activities")).getText())
        .contains("Debt collection");
    chromium.screenshot("inventory-01-active");

    browser.findElement(By.id("inventory-edit")).click();
    WebElement document =
        chromium
            .await()
            .until(ExpectedConditions.presenceOfElementLocated(By.id("inventory-document")));
    // Typing 40 kB through sendKeys is slow; set the value as a paste would.
    ((JavascriptExecutor) browser)
        .executeScript(
            "var cm = document.querySelector('.CodeMirror');"
                + " if (cm && cm.CodeMirror) { cm.CodeMirror.setValue(arguments[1]); }"
                + " else { arguments[0].value = arguments[1]; }",
            document,
            broken());
    browser.findElement(By.id("draft-save")).click();

    WebElement problems =
        chromium
            .await()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("inventory-problems")));
    List<String> paths = InventoryExamples.BROKEN_PATHS;
    assertThat(problems.getText()).contains(paths).contains("Line ");
    assertThat(browser.findElements(By.id("draft-publish"))).isEmpty();
    chromium.screenshot("inventory-02-problems");

    browser.findElement(By.id("draft-discard")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("draft-discarded")));
    assertThat(browser.findElement(By.id("inventory-active")).getText()).isEqualTo(activeBefore);
  }

  private static String broken() {
    return InventoryExamples.brokenFourWays();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
