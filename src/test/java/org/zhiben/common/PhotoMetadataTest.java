package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoMetadataTest {

    private static final String SECRET = "GPS 39.9042N 116.4074E serial SN-7781";

    @Test
    void aJpegLosesItsExifAndCommentButKeepsItsOrientationAndItsPicture() throws Exception {
        byte[] plain = image("jpg");
        // SOI, then an Exif APP1 (orientation 6 and a text that stands for GPS and serial), a comment, the rest
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(plain, 0, 2);
        photo.writeBytes(exif(6, SECRET));
        photo.writeBytes(segment(0xFE, SECRET.getBytes(StandardCharsets.US_ASCII)));
        photo.write(plain, 2, plain.length - 2);

        byte[] stripped = PhotoMetadata.strip(photo.toByteArray());

        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("SN-7781");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
        assertThat(orientationOf(stripped)).isEqualTo(6);
        assertThat(stripped.length).isLessThan(photo.size());
    }

    @Test
    void aJpegWithoutOrientationGetsNoExifAtAll() throws Exception {
        byte[] plain = image("jpg");
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(plain, 0, 2);
        photo.writeBytes(exif(1, SECRET));
        photo.write(plain, 2, plain.length - 2);
        byte[] stripped = PhotoMetadata.strip(photo.toByteArray());
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped))).isNotNull();
    }

    @Test
    void aPngLosesItsTextChunks() throws Exception {
        byte[] plain = image("png");
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(plain, 0, 33); // signature and IHDR
        photo.writeBytes(chunk("tEXt", ("Author\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1)));
        photo.write(plain, 33, plain.length - 33);

        byte[] stripped = PhotoMetadata.strip(photo.toByteArray());

        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("tEXt");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getHeight()).isEqualTo(30);
    }

    @Test
    void fillBytesBeforeAMarkerDoNotHideTheExif() throws Exception {
        byte[] plain = image("jpg");
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(plain, 0, 2);
        photo.write(0xFF); // a fill byte, allowed before any marker
        photo.writeBytes(exif(6, SECRET));
        photo.write(plain, 2, plain.length - 2);
        byte[] stripped = PhotoMetadata.strip(photo.toByteArray());
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
    }

    @Test
    void aTruncatedPhotoIsRefusedAndSomethingElseLeftAsItIs() throws Exception {
        byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
        assertThat(PhotoMetadata.strip(pdf)).isSameAs(pdf);
        byte[] plain = image("jpg");
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(plain, 0, 2);
        photo.writeBytes(exif(6, SECRET));
        photo.write(plain, 2, 30);
        assertThat(PhotoMetadata.strip(photo.toByteArray())).as("its Exif could not be removed").isNull();
        assertThat(PhotoMetadata.strip(java.util.Arrays.copyOf(image("png"), 40))).isNull();
    }

    private static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] exif(int orientation, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        // big-endian TIFF: header, IFD with the orientation and an ImageDescription pointing at the text
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 24 + 4 + t.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(t.length).putInt(8 + 2 + 24 + 4);
        tiff.putInt(0);
        tiff.put(t);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(tiff.array());
        return segment(0xE1, body.toByteArray());
    }

    private static byte[] segment(int marker, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(4 + body.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (body.length + 2)).put(body);
        return b.array();
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data).putInt((int) crc.getValue());
        return b.array();
    }

    /** The orientation in the stripped file's Exif (written big-endian with one entry by PhotoMetadata). */
    private static int orientationOf(byte[] jpeg) {
        String text = new String(jpeg, StandardCharsets.ISO_8859_1);
        int exif = text.indexOf("Exif\0\0");
        assertThat(exif).isPositive();
        ByteBuffer b = ByteBuffer.wrap(jpeg);
        int tiff = exif + 6;
        assertThat(b.getShort(tiff + 10) & 0xFFFF).isEqualTo(0x0112);
        return b.getShort(tiff + 18) & 0xFFFF;
    }
}
