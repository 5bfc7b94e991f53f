package org.zhiben.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.directory.internal.EnterpriseRepository;
import tools.jackson.databind.ObjectMapper;

/** The enterprise REST API: create, read, list, validation as problem details, idempotency, optimistic locking. */
@ZhibenTest
class EnterpriseApiTest {

    private static final ItData DATA = new ItData('B');
    private static final String TOWN_VILLAGE = "990101100202";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EnterpriseRepository repository;
    @Autowired
    UserDetailsService userDetails;

    private static RequestPostProcessor county() {
        return httpBasic("county.yjj", "Demo@12345");
    }

    private ResultActions create(Map<String, Object> body, RequestPostProcessor as) throws Exception {
        return mvc.perform(post("/api/v1/enterprises").with(as)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private String createOk(Map<String, Object> body) throws Exception {
        String response = create(body, county()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    private long countByQuery(String q) throws Exception {
        String response = mvc.perform(get("/api/v1/enterprises").param("q", q).with(county()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.totalElements")).longValue();
    }

    @Test
    void createReturns201WithLocationAndBody() throws Exception {
        String uscc = DATA.nextUscc();
        var result = create(ItData.enterprise(uscc, "接口登记测试有限公司", TOWN_VILLAGE), county())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.uscc").value(uscc))
                .andExpect(jsonPath("$.name").value("接口登记测试有限公司"))
                .andExpect(jsonPath("$.unitType").value("FACTORY_MINE"))
                .andExpect(jsonPath("$.sectors[0]").value("03"))
                .andExpect(jsonPath("$.regionCode").value(TOWN_VILLAGE))
                .andExpect(jsonPath("$.status").value("OPERATING"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/enterprises/" + id);
    }

    @Test
    void createdEnterpriseCanBeReadBack() throws Exception {
        String uscc = DATA.nextUscc();
        String id = createOk(ItData.enterprise(uscc, "接口读取测试有限公司", TOWN_VILLAGE));
        mvc.perform(get("/api/v1/enterprises/{id}", id).with(county()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.uscc").value(uscc))
                .andExpect(jsonPath("$.name").value("接口读取测试有限公司"))
                .andExpect(jsonPath("$.address").value("测试路1号"))
                .andExpect(jsonPath("$.principalPhone").value("13900000001"));
    }

    @Test
    void beneficialOwnerAndParentCompanyAreRecordedAndTheParentCodeIsChecked() throws Exception {
        String uscc = DATA.nextUscc();
        String parent = DATA.nextUscc();
        Map<String, Object> body = ItData.enterprise(uscc, "受益人测试有限公司", TOWN_VILLAGE);
        body.put("beneficialOwnerName", "测受益");
        body.put("parentCompanyName", "测试集团有限公司");
        body.put("parentCompanyUscc", parent);
        String id = createOk(body);
        mvc.perform(get("/api/v1/enterprises/{id}", id).with(county())).andExpect(status().isOk())
                .andExpect(jsonPath("$.beneficialOwnerName").value("测受益"))
                .andExpect(jsonPath("$.parentCompanyName").value("测试集团有限公司"))
                .andExpect(jsonPath("$.parentCompanyUscc").value(parent));
        mvc.perform(get("/enterprises/{id}", id).with(user(userDetails.loadUserByUsername("county.yjj"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测受益")))
                .andExpect(content().string(containsString("测试集团有限公司")));

        Map<String, Object> badCode = ItData.enterprise(DATA.nextUscc(), "上级代码错误测试有限公司", TOWN_VILLAGE);
        badCode.put("parentCompanyUscc", parent.substring(0, 17) + (parent.endsWith("0") ? "1" : "0"));
        create(badCode, county()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCompanyUscc"));
        Map<String, Object> itself = ItData.enterprise(DATA.nextUscc(),
                "上级是自己测试有限公司", TOWN_VILLAGE);
        itself.put("parentCompanyUscc", itself.get("uscc"));
        create(itself, county()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCompanyUscc"))
                .andExpect(jsonPath("$.errors[0].message").value("上级公司不能是本单位"));
        assertThat(countByQuery("上级代码错误测试") + countByQuery("上级是自己测试")).isZero();
    }

    @Test
    void listFilterByNameFindsIt() throws Exception {
        String uscc = DATA.nextUscc();
        String id = createOk(ItData.enterprise(uscc, "独一无二检索词甲乙丙有限公司", TOWN_VILLAGE));
        mvc.perform(get("/api/v1/enterprises").param("q", "检索词甲乙丙").with(county()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].uscc").value(uscc));
    }

    /**
     * The text search finds a name by any fragment, also one too short for a trigram index (PostgreSQL has one, V88),
     * takes % and _ literally, and finds a USCC by its beginning only.
     */
    @Test
    void listFilterByFragmentShortFragmentWildcardsAndUsccPrefix() throws Exception {
        String uscc = DATA.nextUscc();
        createOk(ItData.enterprise(uscc, "片段检索壹贰叁肆伍%_有限公司", TOWN_VILLAGE));
        assertThat(countByQuery("壹贰叁肆")).isEqualTo(1);
        assertThat(countByQuery("叁肆")).isEqualTo(1);
        assertThat(countByQuery("伍%_有限")).isEqualTo(1);
        assertThat(countByQuery("壹%肆")).isZero();
        assertThat(countByQuery("壹_叁")).isZero();
        assertThat(countByQuery(uscc.substring(0, 12))).isGreaterThanOrEqualTo(1);
        assertThat(countByQuery(uscc)).isEqualTo(1);
        assertThat(countByQuery(uscc.substring(6))).isZero();
    }

    static Stream<Arguments> invalidUsccs() {
        String valid = new ItData('X').nextUscc();
        char check = valid.charAt(17);
        char wrong = check == '0' ? '1' : '0';
        return Stream.of(
                Arguments.of("wrong check character", valid.substring(0, 17) + wrong, "校验位错误"),
                Arguments.of("17 characters", valid.substring(0, 17), "应为18位"),
                Arguments.of("19 characters", valid + "0", "应为18位"),
                Arguments.of("lowercase", valid.toLowerCase(), "不允许"),
                Arguments.of("letter I", valid.substring(0, 9) + "I" + valid.substring(10), "“I”不允许"),
                Arguments.of("letter O", valid.substring(0, 9) + "O" + valid.substring(10), "“O”不允许"),
                Arguments.of("letter Z", valid.substring(0, 9) + "Z" + valid.substring(10), "“Z”不允许"),
                Arguments.of("letter S", valid.substring(0, 9) + "S" + valid.substring(10), "“S”不允许"),
                Arguments.of("letter V", valid.substring(0, 9) + "V" + valid.substring(10), "“V”不允许"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUsccs")
    void invalidUsccIs400OnFieldUsccAndNothingSaved(String variant, String uscc, String message) throws Exception {
        String name = "无效代码测试 " + variant;
        long before = repository.count();
        create(ItData.enterprise(uscc, name, TOWN_VILLAGE), county())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.existsByUscc(uscc)).isFalse();
        assertThat(countByQuery(name)).isZero();
    }

    @Test
    void unknownRegionIs400OnRegionCode() throws Exception {
        String uscc = DATA.nextUscc();
        create(ItData.enterprise(uscc, "未知区划测试有限公司", "990101300000"), county())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"))
                .andExpect(jsonPath("$.errors[0].message").value("区划代码不存在:990101300000"));
        assertThat(repository.existsByUscc(uscc)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99010110020", "990000001000", "9901011002011", "99010110020A"})
    void malformedRegionIs400OnRegionCode(String region) throws Exception {
        String uscc = DATA.nextUscc();
        create(ItData.enterprise(uscc, "区划格式测试有限公司", region), county())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        assertThat(repository.existsByUscc(uscc)).isFalse();
    }

    @Test
    void duplicateUsccIsRejectedAndOnlyOneRecordExists() throws Exception {
        String uscc = DATA.nextUscc();
        Map<String, Object> body = ItData.enterprise(uscc, "重复代码测试有限公司", TOWN_VILLAGE);
        create(body, county()).andExpect(status().isCreated());
        create(body, county())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码已登记:" + uscc));
        assertThat(countByQuery(uscc)).isEqualTo(1);
    }

    @Test
    void sameIdempotencyKeyTwiceCreatesOneRecord() throws Exception {
        String uscc = DATA.nextUscc();
        String body = json.writeValueAsString(ItData.enterprise(uscc, "幂等测试有限公司", TOWN_VILLAGE));
        String key = "it-idem-" + uscc;
        String first = mvc.perform(post("/api/v1/enterprises").with(county()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/enterprises").with(county()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(countByQuery(uscc)).isEqualTo(1);
    }

    @Test
    void scriptInNameIsStoredLiterallyAndEscapedOnThePage() throws Exception {
        String name = "<script>alert(1)</script>测试";
        String id = createOk(ItData.enterprise(DATA.nextUscc(), name, TOWN_VILLAGE));
        mvc.perform(get("/api/v1/enterprises/{id}", id).with(county()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name));
        mvc.perform(get("/enterprises/{id}", id).with(user(userDetails.loadUserByUsername("county.yjj"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;测试")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    }

    @Test
    void stalePutIs409AndKeepsTheFirstUpdate() throws Exception {
        String uscc = DATA.nextUscc();
        String id = createOk(ItData.enterprise(uscc, "乐观锁测试有限公司", TOWN_VILLAGE));
        String read = mvc.perform(get("/api/v1/enterprises/{id}", id).with(county()))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(read, "$.version");

        Map<String, Object> first = ItData.enterprise(uscc, "乐观锁测试有限公司", TOWN_VILLAGE);
        first.put("address", "第一次修改的地址");
        first.put("version", version);
        mvc.perform(put("/api/v1/enterprises/{id}", id).with(county())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(first)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.address").value("第一次修改的地址"));

        Map<String, Object> second = ItData.enterprise(uscc, "乐观锁测试有限公司", TOWN_VILLAGE);
        second.put("address", "第二次基于旧版本的地址");
        second.put("version", version);
        mvc.perform(put("/api/v1/enterprises/{id}", id).with(county())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(second)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));

        mvc.perform(get("/api/v1/enterprises/{id}", id).with(county()))
                .andExpect(jsonPath("$.address").value("第一次修改的地址"))
                .andExpect(jsonPath("$.version").value(version + 1));
    }

    @Test
    void putWithoutVersionIs400() throws Exception {
        String uscc = DATA.nextUscc();
        String id = createOk(ItData.enterprise(uscc, "缺版本测试有限公司", TOWN_VILLAGE));
        Map<String, Object> body = ItData.enterprise(uscc, "缺版本测试有限公司", TOWN_VILLAGE);
        body.put("address", "不应保存的地址");
        mvc.perform(put("/api/v1/enterprises/{id}", id).with(county())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/enterprises/{id}", id).with(county()))
                .andExpect(jsonPath("$.address").value("测试路1号"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void sectorLimitedOfficialCannotRegisterOutsideItsSectors() throws Exception {
        String uscc = DATA.nextUscc();
        create(ItData.enterprise(uscc, "住建越权行业测试有限公司", TOWN_VILLAGE, List.of("03")),
                httpBasic("county.zjj", "Demo@12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("sectors")))
                .andExpect(jsonPath("$.errors[0].message").value("行业领域不在您部门的监管范围内"));
        assertThat(repository.existsByUscc(uscc)).isFalse();
    }

    @Test
    void officialCannotRegisterOutsideItsJurisdiction() throws Exception {
        String uscc = DATA.nextUscc();
        create(ItData.enterprise(uscc, "住建越权区划测试有限公司", "990102100201", List.of("04")),
                httpBasic("county.zjj", "Demo@12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("regionCode")))
                .andExpect(jsonPath("$.errors[0].message").value("该区划不在您的管辖范围内"));
        assertThat(repository.existsByUscc(uscc)).isFalse();
    }

    @Test
    void enterprisePrincipalCannotRegister() throws Exception {
        String uscc = DATA.nextUscc();
        create(ItData.enterprise(uscc, "企业用户越权登记测试", TOWN_VILLAGE), httpBasic("ent.a.boss", "Demo@12345"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(repository.existsByUscc(uscc)).isFalse();
    }

    @Test
    void unknownEnumValueIs400() throws Exception {
        String uscc = DATA.nextUscc();
        Map<String, Object> body = ItData.enterprise(uscc, "未知枚举测试有限公司", TOWN_VILLAGE);
        body.put("unitType", "XYZ");
        create(body, county())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(repository.existsByUscc(uscc)).isFalse();
    }

    @Test
    void openApiDocumentsTheEnterpriseAndRegionEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/enterprises']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/enterprises'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}/children'].get").exists());
    }
}
