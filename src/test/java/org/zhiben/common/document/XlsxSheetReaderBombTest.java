package org.zhiben.common.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook whose parts inflate past POI's zip-bomb guard is a NotXlsxException (a 400), never an IOException. */
class XlsxSheetReaderBombTest {

    @TempDir
    Path dir;

    @Test
    void sheetThatInflatesAThousandfoldIsRefusedAsABomb() throws Exception {
        Path file = write(workbook(blanks(64), "<c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c>", ""));
        try (XlsxSheetReader reader = XlsxSheetReader.open(file.toFile(), 2)) {
            assertThatThrownBy(() -> reader.read((row, cells) -> { }))
                    .isInstanceOfSatisfying(XlsxSheetReader.NotXlsxException.class, e -> {
                        assertThat(e.expandsTooFar()).isTrue();
                        assertThat(e.userMessage()).contains("压缩炸弹");
                    });
        }
    }

    @Test
    void sharedStringsThatInflateAThousandfoldAreRefusedAsABomb() throws Exception {
        Path file = write(workbook("", "<c r=\"A1\" t=\"s\"><v>0</v></c>", blanks(64)));
        try (XlsxSheetReader reader = XlsxSheetReader.open(file.toFile(), 2)) {
            assertThatThrownBy(() -> reader.read((row, cells) -> { }))
                    .isInstanceOfSatisfying(XlsxSheetReader.NotXlsxException.class,
                            e -> assertThat(e.expandsTooFar()).isTrue());
        }
    }

    @Test
    void theSameWorkbookWithoutPaddingIsRead() throws Exception {
        Path file = write(workbook("", "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>乙</t></is></c>",
                ""));
        List<String> cells = new ArrayList<>();
        try (XlsxSheetReader reader = XlsxSheetReader.open(file.toFile(), 2)) {
            reader.read((row, c) -> cells.addAll(List.of(c)));
        }
        assertThat(cells).containsExactly("甲", "乙");
    }

    private static String blanks(int megabytes) {
        return " ".repeat(megabytes << 20);
    }

    private Path write(byte[] bytes) throws Exception {
        Path file = dir.resolve("w.xlsx");
        Files.write(file, bytes);
        return file;
    }

    private static byte[] workbook(String sheetPadding, String cells, String stringsPadding) throws Exception {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        String office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + rels
                    + "\"><Relationship Id=\"rId1\" Type=\"" + office + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main
                    + "\" xmlns:r=\"" + office + "\"><sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                    + "</workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + rels + "\"><Relationship Id=\"rId1\" Type=\"" + office + "/worksheet\" Target=\"worksheets/"
                    + "sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + office + "/sharedStrings\" Target=\""
                    + "sharedStrings.xml\"/></Relationships>");
            entry(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main
                    + "\"><si><t>甲</t></si>" + stringsPadding + "</sst>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + main + "\"><sheetData>" + sheetPadding + "<row r=\"1\">" + cells + "</row></sheetData>"
                    + "</worksheet>");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
