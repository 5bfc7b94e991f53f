package org.zhiben.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The shipped demo site plans are the size the polygons are drawn for, and their labels are Chinese. */
class SitePlanImagesTest {

    @Test
    void theShippedPlansFitThePolygonsAndAreLabelledInChinese() throws IOException {
        for (String name : new String[] {"a", "b"}) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(RiskMapDemoData.plan(name)));
            assertThat(image.getWidth()).as(name).isEqualTo(RiskMapDemoData.WIDTH);
            assertThat(image.getHeight()).as(name).isEqualTo(RiskMapDemoData.HEIGHT);
        }
        for (String label : RiskMapDemoData.LABELS_A) {
            assertThat(label).matches(".*\\p{IsHan}.*");
        }
        for (String label : RiskMapDemoData.LABELS_B) {
            assertThat(label).matches(".*\\p{IsHan}.*");
        }
        assertThat(RiskMapDemoData.plan("a")).isNotEqualTo(RiskMapDemoData.plan("b"));
    }
}
