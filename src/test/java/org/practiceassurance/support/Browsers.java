package org.practiceassurance.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Real Chromium for end-to-end tests: Debian's /usr/bin/chromium when installed, else Playwright's own. */
public final class Browsers {

  private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

  private Browsers() {}

  public static Playwright playwright() {
    Map<String, String> env = new HashMap<>();
    if (Files.isExecutable(DEBIAN_CHROMIUM)) {
      env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    }
    return Playwright.create(new Playwright.CreateOptions().setEnv(env));
  }

  public static Browser chromium(Playwright playwright) {
    BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
        "--disable-background-networking", "--disable-component-update"));
    if (Files.isExecutable(DEBIAN_CHROMIUM)) {
      options.setExecutablePath(DEBIAN_CHROMIUM);
    }
    return playwright.chromium().launch(options);
  }
}
