package org.zhiben.risk.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;

class ImageSizeTest {

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void readsThePixelSizeOfAPngAndAJpeg() throws IOException {
        assertThat(ImageSize.read(new ByteArrayInputStream(image("png", 640, 480)))).isEqualTo(new ImageSize(640, 480));
        assertThat(ImageSize.read(new ByteArrayInputStream(image("jpg", 301, 199)))).isEqualTo(new ImageSize(301, 199));
    }

    @Test
    void aTruncatedOrForeignFileIsRefused() throws IOException {
        byte[] png = image("png", 640, 480);
        byte[] signatureOnly = java.util.Arrays.copyOf(png, 10);
        assertThatThrownBy(() -> ImageSize.read(new ByteArrayInputStream(signatureOnly)))
                .isInstanceOf(InvalidInputException.class).hasMessage("无法读取图片尺寸,文件可能已损坏");
        assertThatThrownBy(() -> ImageSize.read(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPlanWiderThan20000PixelsIsRefused() throws IOException {
        byte[] png = image("png", 20, 10);
        // IHDR width is big-endian at offset 16: make it 20001
        png[16] = 0;
        png[17] = 0;
        png[18] = (byte) 0x4E;
        png[19] = (byte) 0x21;
        assertThatThrownBy(() -> ImageSize.read(new ByteArrayInputStream(png)))
                .hasMessage("图片尺寸应在 1–20000 像素之间,收到 20001 × 10");
    }
}
