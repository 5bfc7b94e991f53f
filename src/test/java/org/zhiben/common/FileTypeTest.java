package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] pngBytes() {
        // signature + start of the IHDR chunk
        return bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52);
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("隐患").createRow(0).createCell(0).setCellValue("测试");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("测试");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void pdf() {
        assertThat(FileType.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileType.PDF);
        assertThat(FileType.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isNull(); // magic is 5 bytes
        assertThat(FileType.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(FileType.PDF.extension()).isEqualTo("pdf");
    }

    @Test
    void mp4ByItsFtypBox() {
        byte[] mp4 = bytes(0x00, 0x00, 0x00, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0x00, 0x00, 0x02, 0x00);
        assertThat(FileType.detect(mp4)).isEqualTo(FileType.MP4);
        assertThat(FileType.MP4.contentType()).isEqualTo("video/mp4");
        // a QuickTime movie and a HEIC image are ISO media files too, but not MP4
        assertThat(FileType.detect(bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '))).isNull();
        assertThat(FileType.detect(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'))).isNull();
        assertThat(FileType.detect(bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's'))).isNull(); // cut short
    }

    @Test
    void png() {
        assertThat(FileType.detect(pngBytes())).isEqualTo(FileType.PNG);
        assertThat(FileType.PNG.contentType()).isEqualTo("image/png");
        // one wrong byte in the signature
        byte[] broken = pngBytes();
        broken[7] = 0x0B;
        assertThat(FileType.detect(broken)).isNull();
    }

    @Test
    void pngRenamedIsStillPng() {
        // a PNG uploaded as "report.pdf" / declared application/pdf: only the bytes count
        byte[] uploadedAsPdf = pngBytes();
        assertThat(FileType.detect(uploadedAsPdf)).isEqualTo(FileType.PNG).isNotEqualTo(FileType.PDF);
    }

    @Test
    void jpeg() {
        assertThat(FileType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46)))
                .isEqualTo(FileType.JPEG);
        assertThat(FileType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE1))).isEqualTo(FileType.JPEG);
        assertThat(FileType.detect(bytes(0xFF, 0xD8))).isNull();
        assertThat(FileType.JPEG.extension()).isEqualTo("jpg");
    }

    @Test
    void realXlsx() throws IOException {
        byte[] file = xlsx();
        assertThat(FileType.detect(file)).isEqualTo(FileType.XLSX);
        assertThat(FileType.XLSX.extension()).isEqualTo("xlsx");
    }

    @Test
    void realDocx() throws IOException {
        byte[] file = docx();
        assertThat(FileType.detect(file)).isEqualTo(FileType.DOCX);
        assertThat(FileType.DOCX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    /** POI's streaming writer uses zip64 local headers with data descriptors, which ZipInputStream cannot walk. */
    @Test
    void streamedXlsxWithZip64HeadersIsXlsx() throws IOException {
        byte[] streamed;
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("企业").createRow(0).createCell(0).setCellValue("统一社会信用代码");
            wb.write(out);
            streamed = out.toByteArray();
        }
        assertThat(FileType.detect(Arrays.copyOf(streamed, Math.min(64 * 1024, streamed.length)))).isEqualTo(FileType.XLSX);
    }

    @Test
    void officeFilesDetectedFromFirst8KiB() throws IOException {
        byte[] xlsx = xlsx();
        byte[] docx = docx();
        assertThat(FileType.detect(Arrays.copyOf(xlsx, Math.min(8192, xlsx.length)))).isEqualTo(FileType.XLSX);
        assertThat(FileType.detect(Arrays.copyOf(docx, Math.min(8192, docx.length)))).isEqualTo(FileType.DOCX);
    }

    @Test
    void plainZipIsNotAnOfficeFile() throws IOException {
        assertThat(FileType.detect(zip("readme.txt", "data/values.csv", "[Content_Types].xml"))).isNull();
        // an entry merely containing "xl" elsewhere in the name does not count
        assertThat(FileType.detect(zip("docs/xl/sheet.xml", "myword/doc.xml"))).isNull();
        // nor does a top-level name that merely starts with "xl" or "word" without the folder slash
        assertThat(FileType.detect(zip("xlsx-notes.txt", "wordlist.txt", "word.xml"))).isNull();
        // sanity: the same helper does produce XLSX/DOCX when the names match
        assertThat(FileType.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).isEqualTo(FileType.XLSX);
        assertThat(FileType.detect(zip("[Content_Types].xml", "word/document.xml"))).isEqualTo(FileType.DOCX);
    }

    @Test
    void textIsNotRecognised() {
        assertThat(FileType.detect("hello, 隐患排查\n".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(FileType.detect("PK but not a zip".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void emptyIsNotRecognised() {
        assertThat(FileType.detect(new byte[0])).isNull();
    }

    @Test
    void truncatedZipHeaderIsNotRecognised() {
        assertThat(FileType.detect(bytes(0x50, 0x4B, 0x03, 0x04))).isNull();
    }
}
