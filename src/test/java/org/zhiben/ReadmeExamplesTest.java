package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's API examples work as typed: every {@code bash} block that calls the API is run by bash against the
 * running application (its port in place of 8080), with curl failing on any error answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadmeExamplesTest {

    private static final Pattern BASH = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @TempDir
    Path workdir;

    static List<String> apiExamples() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = BASH.matcher(readme);
        while (m.find()) {
            if (m.group(1).contains("http://localhost:8080/api/")) {
                blocks.add(m.group(1));
            }
        }
        return blocks;
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void everyApiExampleRunsAsWritten() throws Exception {
        boolean tools = onPath("curl") && onPath("jq") && onPath("bash");
        assumeTrue(tools || System.getenv("CI") != null, "curl, jq and bash are needed (required in CI)");
        assertThat(tools).as("curl, jq and bash on the CI machine").isTrue();
        BufferedImage photo = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(photo, "jpg", workdir.resolve("photo.jpg").toFile());

        List<String> blocks = apiExamples();
        assertThat(blocks).as("API examples in the README, Chinese and English").hasSizeGreaterThanOrEqualTo(4);
        for (String block : blocks) {
            String script = "set -euo pipefail\n"
                    + "curl() { command curl --silent --show-error --fail-with-body \"$@\"; }\n"
                    + block.replace("http://localhost:8080", "http://localhost:" + port);
            Process bash = new ProcessBuilder("bash", "-c", script).directory(workdir.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = bash.waitFor(60, TimeUnit.SECONDS);
            assertThat(done && bash.exitValue() == 0).as("README example failed:\n%s\n--- output ---\n%s", block, output)
                    .isTrue();
        }
    }
}
