package org.zhiben.demo;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Draws the demo site plans shipped in {@code src/main/resources/demo/} with a CJK font of this machine (Debian's
 * fonts-noto-cjk): run its {@code main} from the project directory after changing {@link RiskMapDemoData#draw}, the
 * labels or the buildings, and commit the two PNGs.
 */
final class SitePlanImages {

    private SitePlanImages() {
    }

    static Font cjkFont() {
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .filter(f -> f.startsWith("Noto Sans CJK SC") || f.startsWith("Noto Sans CJK"))
                .sorted().findFirst().map(f -> new Font(f, Font.BOLD, 24))
                .orElseThrow(() -> new IllegalStateException("no CJK font: apt-get install fonts-noto-cjk"));
    }

    public static void main(String[] args) throws IOException {
        Font font = cjkFont();
        Path dir = Path.of("src/main/resources/demo");
        Files.createDirectories(dir);
        Files.write(dir.resolve("site-plan-a.png"), RiskMapDemoData.draw(RiskMapDemoData.LABELS_A, font));
        Files.write(dir.resolve("site-plan-b.png"), RiskMapDemoData.draw(RiskMapDemoData.LABELS_B, font));
    }
}
