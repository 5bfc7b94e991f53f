package org.zhiben.common;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes what a photo says about where, when and with what it was taken — JPEG's Exif, XMP, IPTC and comment
 * segments, PNG's text, time and eXIf chunks — without re-encoding the image. A phone's Exif orientation is kept (as
 * a minimal Exif holding only that tag), so the photo is not shown on its side. For photos whose sender must stay
 * unknown (public tips): GPS coordinates and a camera's serial number would tell who took them.
 */
public final class PhotoMetadata {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PhotoMetadata() {
    }

    /**
     * The photo without its metadata; null for a JPEG or PNG that cannot be read through (truncated, a bad segment),
     * whose metadata could not be removed and which must not be kept; anything else is returned unchanged.
     */
    public static byte[] strip(byte[] photo) {
        try {
            if (photo.length > 3 && (photo[0] & 0xFF) == 0xFF && (photo[1] & 0xFF) == 0xD8) {
                return jpeg(photo);
            }
            if (photo.length > 8 && Arrays.equals(Arrays.copyOf(photo, 8), PNG_SIGNATURE)) {
                return png(photo);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException malformed) {
            return null;
        }
        return photo;
    }

    private static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2); // SOI
        int orientation = 1;
        boolean orientationWritten = false;
        int i = 2;
        while (i + 4 <= in.length) {
            if ((in[i] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("not a marker");
            }
            if ((in[i + 1] & 0xFF) == 0xFF) { // a fill byte, which may precede any marker (T.81 B.1.1.2)
                i++;
                continue;
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xD8 || marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) { // no length
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            int end = i + 2 + length;
            if (length < 2 || end > in.length) {
                throw new IllegalArgumentException("bad segment length");
            }
            boolean exif = marker == 0xE1 && startsWith(in, i + 4, "Exif\0\0");
            if (exif) {
                orientation = orientation(in, i + 10, end);
            }
            boolean metadata = marker == 0xE1 || marker == 0xED || marker == 0xFE;
            if (!metadata) {
                if (!orientationWritten && marker != 0xE0 && orientation != 1) {
                    out.writeBytes(orientationOnly(orientation));
                    orientationWritten = true;
                }
                out.write(in, i, end - i);
            }
            i = end;
            if (marker == 0xDA) { // start of scan: the image data follows, copied as it is
                out.write(in, i, in.length - i);
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("no image data");
    }

    /** The orientation tag (0x0112) of a TIFF structure at {@code tiff}, or 1. */
    private static int orientation(byte[] in, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        ByteOrder order = in[tiff] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer b = ByteBuffer.wrap(in, 0, end).order(order);
        int ifd = tiff + b.getInt(tiff + 4);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int entries = b.getShort(ifd) & 0xFFFF;
        for (int e = 0; e < entries && ifd + 2 + e * 12 + 12 <= end; e++) {
            int entry = ifd + 2 + e * 12;
            if ((b.getShort(entry) & 0xFFFF) == 0x0112) {
                int value = b.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** An APP1 Exif segment holding only the orientation: big-endian TIFF, one IFD with one entry. */
    private static byte[] orientationOnly(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (b.capacity() - 2));
        b.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8); // TIFF header, IFD at offset 8
        b.putShort((short) 1); // one entry
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0); // no next IFD
        return b.array();
    }

    private static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i + 12 <= in.length) {
            int length = ByteBuffer.wrap(in, i, 4).getInt();
            if (length < 0 || i + 12L + length > in.length) {
                throw new IllegalArgumentException("bad chunk length");
            }
            String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            boolean metadata = type.equals("tEXt") || type.equals("zTXt") || type.equals("iTXt")
                    || type.equals("eXIf") || type.equals("tIME");
            if (!metadata) {
                out.write(in, i, 12 + length);
            }
            i += 12 + length;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("no IEND");
    }

    private static boolean startsWith(byte[] in, int at, String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        return at + t.length <= in.length && Arrays.equals(Arrays.copyOfRange(in, at, at + t.length), t);
    }
}
