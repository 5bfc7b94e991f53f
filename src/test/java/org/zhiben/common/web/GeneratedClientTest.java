package org.zhiben.common.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClientResponseException;
import org.zhiben.testclient.ApiClient;
import org.zhiben.testclient.api.EnterprisesApi;
import org.zhiben.testclient.api.IdentityApi;
import org.zhiben.testclient.model.EnterpriseDto;
import org.zhiben.testclient.model.Me;
import org.zhiben.testclient.model.PageResponseEnterpriseDto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client generated from the committed OpenAPI description (openapi-generator, {@code restclient}
 * library, {@code target/generated-test-sources/openapi}) talks to the running application with HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientTest {

    @LocalServerPort
    int port;

    private ApiClient client(String username, String password) {
        ApiClient client = new ApiClient().setBasePath("http://localhost:" + port);
        client.setUsername(username);
        client.setPassword(password);
        return client;
    }

    @Test
    void callsTheApiWithHttpBasic() {
        ApiClient client = client("county.yjj", "Demo@12345");

        Me me = new IdentityApi(client).meMe();
        assertThat(me.getUsername()).isEqualTo("county.yjj");
        assertThat(me.getRegionCode()).isNotBlank();

        PageResponseEnterpriseDto page = new EnterprisesApi(client)
                .enterpriseList(null, null, null, null, null, "精密机械", 0, 20);
        assertThat(page.getContent()).extracting(EnterpriseDto::getName).contains("示范精密机械制造有限公司");
    }

    @Test
    void aWrongPasswordIsTheDocumented401ProblemAnswer() {
        RestClientResponseException e = catchThrowableOfType(RestClientResponseException.class,
                () -> new IdentityApi(client("county.yjj", "wrong-password")).meMe());
        assertThat(e.getStatusCode().value()).isEqualTo(401);
        assertThat(e.getResponseHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(e.getResponseBodyAsString()).contains("\"status\":401").contains("\"title\"");
    }
}
