package io.casedesk.platform.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: no browser or driver download,
 * no network besides the application under test. One fresh profile per browser.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path screenshots;
    private final Path profile;
    private final String journey;
    private int shots;

    Browser(String baseUrl, String journey) {
        this.baseUrl = baseUrl;
        this.journey = journey;
        this.screenshots = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(screenshots);
            this.profile = Files.createTempDirectory("casedesk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        // Camunda's Angular pages re-render while data arrives: an element found a moment ago may be replaced.
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Camunda's own login page, shown by each web app until someone logs in. */
    void logIn(String app, String user, String password) {
        open("/camunda/app/" + app + "/default/");
        visible(By.cssSelector("input[ng-model=username]")).sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        // The login form goes away and the user's name shows in the header.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement clickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Clicks once the element can be clicked, scrolled to the middle (Camunda's footer overlaps the bottom). */
    void click(By locator) {
        // A form that re-renders (Tasklist reloads it after a claim) may put something over the element
        // for a moment: scroll again and retry until the click lands.
        wait.until(d -> {
            WebElement element = clickable(locator);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            try {
                clickable(locator).click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    WebDriver driver() {
        return driver;
    }

    /** target/screenshots/<journey>-NN-<step>.png */
    Path screenshot(String step) {
        Path file = screenshots.resolve("%s-%02d-%s.png".formatted(journey, ++shots, step));
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            screenshot("last");
        } catch (RuntimeException ignored) {
            // the browser may already be gone; closing it matters more
        } finally {
            driver.quit();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
