package id.rantai.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium for console tests: Debian's {@code chromium} driven through its
 * {@code /usr/bin/chromedriver} (Selenium's own driver download cannot work here). {@code .ci/run}
 * installs both; a machine without them fails these tests with the command that installs them.
 */
public final class Browser implements AutoCloseable {
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    public final ChromeDriver driver;
    private final String base;
    private final Path profile;

    public Browser(int port, boolean phone) throws IOException {
        if (!Files.isExecutable(DRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("rantai-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As the machine notes say: headless, and none of Chromium's own calls home, which this network refuses.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--lang=id",
                "--accept-lang=id");
        // An Indonesian reader's browser: Rantai follows Accept-Language when nothing else was chosen.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1400, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        open("/signin");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement form = driver.findElement(By.cssSelector("form.stacked"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // The answer is a new page (the console, or the form again with its error) and the click may
        // return before it is there: wait until the old page is gone and the new one loaded, or a
        // look at the page reads the old one or an element of it as it goes.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> gone(form)
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether an element's page has gone. Chromium reports an element of a page being replaced either
     * as stale or, mid-navigation, as a node that "does not belong to the document": both mean gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException navigating) {
            return navigating.getMessage() != null
                    && navigating.getMessage().contains("does not belong to the document");
        }
    }

    /**
     * Sets an input's value as the form will send it: a date input takes typed digits in the
     * browser's locale order, so a test states the ISO date instead of typing it.
     */
    public Browser setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", find(css), value);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Waits up to ten seconds for the condition (the page changes without a reload). */
    public <T> T await(Function<WebDriver, T> condition) {
        try {
            // htmx replaces parts of the page while we look: an element gone stale is looked up again.
            return new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            // What the page showed instead, for whoever reads the failure.
            try {
                Path dir = Path.of("target", "screenshots");
                Files.createDirectories(dir);
                Files.writeString(
                        dir.resolve("timed-out.html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (IOException ignored) {
                // the timeout is the failure to report
            }
            throw e;
        }
    }

    /** Saves what the browser shows, under target/screenshots, for the README and for a failing test's reader. */
    public void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
