package org.zhiben.common.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A document as its reader prints it: LibreOffice headless converts the xlsx or docx to PDF, PDFBox reads each
 * page's size and text. Tests skip when LibreOffice is missing on a developer machine, never in CI (CI set).
 */
public record PrintedPages(List<PDRectangle> sizes, List<String> texts, List<Float> points) {

    private static final float A4_SHORT = 595.3f;
    private static final float A4_LONG = 841.9f;

    /** Skips the calling test when soffice is absent and this is not a CI run. */
    public static void assumeLibreOffice() {
        assumeTrue(soffice() || System.getenv("CI") != null, "LibreOffice (soffice) is not installed");
    }

    /** Prints the document (named with its extension, xlsx or docx) to PDF and reads the pages. */
    public static PrintedPages print(byte[] document, String extension) throws IOException {
        assumeLibreOffice();
        Path dir = Files.createTempDirectory("printed");
        Path profile = Files.createTempDirectory("lo-");
        try {
            Path file = dir.resolve("document." + extension);
            Files.write(file, document);
            Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!waitFor(process)) {
                process.destroyForcibly();
                throw new IllegalStateException("soffice did not finish within 3 minutes");
            }
            File pdf = dir.resolve("document.pdf").toFile();
            assertThat(pdf).as("soffice output: %s", Files.readString(dir.resolve("soffice.log"))).exists();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<PDRectangle> sizes = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                List<Float> points = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                            throws IOException {
                        positions.forEach(t -> points.add(t.getFontSizeInPt()));
                        super.writeString(text, positions);
                    }
                };
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    PDPage page = doc.getPage(i - 1);
                    sizes.add(page.getMediaBox());
                    stripper.setStartPage(i);
                    stripper.setEndPage(i);
                    texts.add(stripper.getText(doc));
                }
                return new PrintedPages(sizes, texts, points);
            }
        } finally {
            delete(dir);
            delete(profile);
        }
    }

    private static boolean waitFor(Process process) throws IOException {
        try {
            return process.waitFor(180, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing", e);
        }
    }

    /** The printed size of most characters (the median over the document), in points. */
    public float medianPoints() {
        List<Float> sorted = points.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    public int count() {
        return sizes.size();
    }

    /** Every page is A4, in the given orientation. */
    public PrintedPages allA4(boolean landscape) {
        for (int i = 0; i < sizes.size(); i++) {
            PDRectangle size = sizes.get(i);
            float width = landscape ? A4_LONG : A4_SHORT;
            float height = landscape ? A4_SHORT : A4_LONG;
            assertThat(size.getWidth()).as("page %d width (pt)", i + 1).isCloseTo(width, org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).as("page %d height (pt)", i + 1).isCloseTo(height, org.assertj.core.data.Offset.offset(1f));
        }
        return this;
    }

    /**
     * Every page shows every given header: no page holds columns cut off from their header, and no column
     * continues on a page of its own.
     */
    public PrintedPages headersOnEveryPage(String... headers) {
        for (int i = 0; i < texts.size(); i++) {
            String text = squeeze(texts.get(i));
            for (String header : headers) {
                assertThat(text).as("page %d of %d shows header %s", i + 1, texts.size(), header)
                        .contains(squeeze(header));
            }
        }
        return this;
    }

    /**
     * Every page holding table rows (those with {@code rowText}) shows every header; a page holding only what
     * follows the table (signature lines) is left out.
     */
    public PrintedPages headersOnEveryPageWith(String rowText, String... headers) {
        List<String> tablePages = texts.stream().filter(t -> squeeze(t).contains(squeeze(rowText))).toList();
        assertThat(tablePages).as("pages holding %s", rowText).isNotEmpty();
        new PrintedPages(List.of(), tablePages, List.of()).headersOnEveryPage(headers);
        return this;
    }

    /** All pages' text, whitespace removed (PDF text breaks lines inside wrapped cells). */
    public String text() {
        return squeeze(String.join("", texts));
    }

    public String page(int number) {
        return squeeze(texts.get(number - 1));
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static boolean soffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
