package org.zhiben.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.directory.internal.EnterpriseDocument;
import org.zhiben.directory.internal.EnterpriseDocumentRepository;
import org.zhiben.directory.internal.EnterpriseRepository;
import org.zhiben.identity.CurrentUser;

/** The enterprise pages: form validation, optimistic locking, change history, locale, document upload/download. */
@ZhibenTest
class EnterprisePageTest {

    private static final ItData DATA = new ItData('C');
    private static final String VILLAGE = "990101100202";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EnterpriseRepository enterprises;
    @Autowired
    EnterpriseDocumentRepository documents;
    @Value("${zhiben.files.root}")
    Path fileRoot;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String uscc, String name,
            String address, long version) {
        return request.param("uscc", uscc).param("name", name).param("unitType", "FACTORY_MINE")
                .param("sectors", "03").param("industryCategory", "C").param("regionCode", VILLAGE)
                .param("address", address).param("principalName", "页负责").param("principalPhone", "13900000002")
                .param("scale", "BELOW").param("standardizationGrade", "NONE").param("status", "OPERATING")
                .param("version", String.valueOf(version)).with(csrf());
    }

    /** Registers through the form and returns the new id taken from the redirect. */
    private UUID createViaForm(String uscc, String name) throws Exception {
        String location = mvc.perform(form(post("/enterprises"), uscc, name, "页面路1号", 0).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/enterprises/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/enterprises/".length()));
    }

    private long storedFiles() throws IOException {
        if (!Files.isDirectory(fileRoot)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(fileRoot)) {
            return files.count();
        }
    }

    @Test
    void aLongListIsPagedWithTheSameFiltersOnEveryPage() throws Exception {
        // a page beyond anything a query can skip is an empty last page, not an error
        mvc.perform(get("/enterprises").param("page", "2147483647").with(as("county.yjj")))
                .andExpect(status().isOk());
        // the demo county holds more units than one page of 20: the shared pager counts the pages
        mvc.perform(get("/enterprises").param("sector", "").with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"pagination pagination-sm\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*href=\"/enterprises\\?[^\"]*&amp;page=1\">下一页</a>.*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*>1 / [2-9]\\d*</span>.*")));
    }

    @Test
    void theRegionIsPickedByNameOneLevelAtATime() throws Exception {
        // the county official starts at the county and sees its towns by name; no code to type
        mvc.perform(get("/enterprises/new").with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"region-picker\"")))
                .andExpect(content().string(containsString("value=\"990101100000\">东关镇</option>")))
                .andExpect(content().string(not(containsString("inputmode=\"numeric\""))));
        // a town chosen: its villages, and the town as the form's region
        mvc.perform(get("/regions/picker").param("code", "990101100000").with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"regionCode\" id=\"regionCode\" value=\"990101100000\"")))
                .andExpect(content().string(containsString("value=\"" + VILLAGE + "\"")));
        // the town office cannot browse the neighbouring town
        mvc.perform(get("/regions/picker").param("code", "990101101000").with(as("town.aj")))
                .andExpect(status().isNotFound());
        // a form sent back with an error keeps the region chosen
        String valid = DATA.nextUscc();
        String bad = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        mvc.perform(form(post("/enterprises"), bad, "区划保留测试有限公司", "页面路2号", 0).with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"region-chosen\"")))
                .andExpect(content().string(containsString("value=\"" + VILLAGE + "\"")));
    }

    @Test
    void badUsccReRendersTheFormWithTheMessageNextToTheField() throws Exception {
        String valid = DATA.nextUscc();
        String bad = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        mvc.perform(form(post("/enterprises"), bad, "页面校验位测试有限公司", "页面路1号", 0).with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div class=\"invalid-feedback\">校验位错误,应为" + valid.charAt(17))))
                .andExpect(content().string(containsString("value=\"页面校验位测试有限公司\"")));
        assertThat(enterprises.existsByUscc(bad)).isFalse();
    }

    @Test
    void validFormRedirectsToTheDetailPage() throws Exception {
        String uscc = DATA.nextUscc();
        UUID id = createViaForm(uscc, "页面登记测试有限公司");
        assertThat(enterprises.findByUscc(uscc)).get().extracting(e -> e.getId()).isEqualTo(id);
        mvc.perform(get("/enterprises/{id}", id).with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("页面登记测试有限公司")))
                .andExpect(content().string(containsString(uscc)));
    }

    @Test
    void staleEditShowsTheConflictAndKeepsTheEarlierChange() throws Exception {
        String uscc = DATA.nextUscc();
        UUID id = createViaForm(uscc, "页面并发测试有限公司");
        mvc.perform(form(post("/enterprises/{id}", id), uscc, "页面并发测试有限公司", "先保存的地址", 0).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises/" + id));
        mvc.perform(form(post("/enterprises/{id}", id), uscc, "页面并发测试有限公司", "基于旧版本的地址", 0).with(as("city.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(enterprises.findById(id)).get().satisfies(e -> {
            assertThat(e.getAddress()).isEqualTo("先保存的地址");
            assertThat(e.getVersion()).isEqualTo(1L);
        });
    }

    @Test
    void historyTabShowsCreateAndUpdate() throws Exception {
        String uscc = DATA.nextUscc();
        UUID id = createViaForm(uscc, "页面历史测试有限公司");
        mvc.perform(form(post("/enterprises/{id}", id), uscc, "页面历史测试改名有限公司", "页面路1号", 0).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/enterprises/{id}/tabs/history", id).with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登记企业 页面历史测试有限公司")))
                .andExpect(content().string(containsString("修改企业 页面历史测试改名有限公司")))
                .andExpect(content().string(containsString("county.yjj")));
    }

    @Test
    void loginPageInEnglishWithLangParameter() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in")))
                .andExpect(content().string(not(containsString(">登录<"))));
    }

    @Test
    void loginPageInChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">登录</button>")))
                .andExpect(content().string(not(containsString("Sign in"))));
    }

    @Test
    void uploadedPdfIsListedAndDownloadableAsAttachment() throws Exception {
        UUID id = createViaForm(DATA.nextUscc(), "页面上传测试有限公司");
        mvc.perform(multipart("/enterprises/{id}/documents", id)
                        .file(new MockMultipartFile("file", "licence.pdf", "application/pdf", PDF))
                        .param("kind", "LICENCE").param("title", "安全生产许可证").param("validUntil", "2099-12-31")
                        .with(csrf()).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises/" + id + "#documents"))
                .andExpect(flash().attribute("notice", "文件已上传"));
        List<EnterpriseDocument> docs = documents.findByEnterpriseIdOrderByUploadedAtDesc(id);
        assertThat(docs).hasSize(1);
        EnterpriseDocument doc = docs.get(0);
        assertThat(doc.getSizeBytes()).isEqualTo(PDF.length);
        assertThat(doc.getContentType()).isEqualTo("application/pdf");

        mvc.perform(get("/enterprises/{id}/tabs/documents", id).with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("安全生产许可证")))
                .andExpect(content().string(containsString("licence.pdf")))
                .andExpect(content().string(containsString("/enterprises/" + id + "/documents/" + doc.getId())));

        byte[] body = mvc.perform(get("/enterprises/{id}/documents/{doc}", id, doc.getId()).with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("licence.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(PDF);
    }

    @Test
    void textFileNamedPdfIsRejected() throws Exception {
        UUID id = createViaForm(DATA.nextUscc(), "页面伪装文件测试有限公司");
        long filesBefore = storedFiles();
        mvc.perform(multipart("/enterprises/{id}/documents", id)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                                "just some text, not a PDF".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "LICENCE").param("title", "伪装的文件").with(csrf()).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("文件类型不允许")));
        assertThat(documents.findByEnterpriseIdOrderByUploadedAtDesc(id)).isEmpty();
        // a date or kind the form cannot take is a message on the page, not a bare error page
        for (String[] bad : new String[][] {{"LICENCE", "2026-13-01", "日期格式应为"}, {"LICENCE", "9999-01-01", "日期应在"},
                {"ROCKET", "", "请选择文件类别"}}) {
            mvc.perform(multipart("/enterprises/{id}/documents", id)
                            .file(new MockMultipartFile("file", "licence.pdf", "application/pdf", PDF))
                            .param("kind", bad[0]).param("title", "许可证").param("validUntil", bad[1])
                            .with(csrf()).with(as("county.yjj")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("error", containsString(bad[2])));
        }
        assertThat(documents.findByEnterpriseIdOrderByUploadedAtDesc(id)).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void fileOverTwentyMegabytesIsRejected() throws Exception {
        UUID id = createViaForm(DATA.nextUscc(), "页面大文件测试有限公司");
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        long filesBefore = storedFiles();
        mvc.perform(multipart("/enterprises/{id}/documents", id)
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .param("kind", "PLAN").param("title", "超大预案").with(csrf()).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("文件过大")));
        assertThat(documents.findByEnterpriseIdOrderByUploadedAtDesc(id)).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void otherEnterpriseCannotDownloadTheDocument() throws Exception {
        UUID id = createViaForm(DATA.nextUscc(), "页面下载权限测试有限公司");
        mvc.perform(multipart("/enterprises/{id}/documents", id)
                        .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", PDF))
                        .param("kind", "PLAN").param("title", "应急预案").with(csrf()).with(as("county.yjj")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "文件已上传"));
        UUID doc = documents.findByEnterpriseIdOrderByUploadedAtDesc(id).get(0).getId();
        UUID a = ((CurrentUser) userDetails.loadUserByUsername("ent.a.boss")).enterpriseId();

        mvc.perform(get("/enterprises/{id}/documents/{doc}", id, doc).with(as("ent.b.boss")))
                .andExpect(status().isNotFound());
        // A's principal may open A's pages, but not reach another enterprise's file through A's URL
        mvc.perform(get("/enterprises/{id}/documents/{doc}", a, doc).with(as("ent.a.boss")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/{id}/documents/{doc}", id, doc).with(as("county.yjj")))
                .andExpect(status().isOk());
    }
}
