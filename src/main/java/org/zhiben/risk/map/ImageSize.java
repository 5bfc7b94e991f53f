package org.zhiben.risk.map;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.zhiben.common.InvalidInputException;

/** The pixel size of a PNG or JPEG, read from its header (IHDR / SOF) by ImageIO without decoding the pixels. */
record ImageSize(int width, int height) {

    /** Larger plans are refused: a browser would struggle with them, and no site plan needs more. */
    public static final int MAX_SIDE = 20_000;

    public static ImageSize read(InputStream content) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(content)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageSize size = new ImageSize(reader.getWidth(0), reader.getHeight(0));
                if (size.width() < 1 || size.height() < 1 || size.width() > MAX_SIDE || size.height() > MAX_SIDE) {
                    throw new InvalidInputException("file", "图片尺寸应在 1–" + MAX_SIDE + " 像素之间,收到 "
                            + size.width() + " × " + size.height());
                }
                return size;
            } catch (IOException | RuntimeException broken) {
                if (broken instanceof InvalidInputException invalid) {
                    throw invalid;
                }
                throw unreadable();
            } finally {
                reader.dispose();
            }
        }
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("file", "无法读取图片尺寸,文件可能已损坏");
    }
}
