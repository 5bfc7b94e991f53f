package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.io.EOFException;
import java.sql.SQLNonTransientException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error page of a failed page loads the session again; when that load finds the database gone, the answer is
 * still the 503 outage page, not Tomcat's 500.
 */
class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter.Registration registration = new DatabaseOutageFilter.Registration();

    @Test
    void anOutageDuringTheErrorDispatchIsA503Page() throws Exception {
        var bean = registration.databaseOutageFilter(JsonMapper.builder().build());
        assertThat(bean.determineDispatcherTypes()).contains(DispatcherType.REQUEST, DispatcherType.ERROR);

        MockHttpServletRequest errorPage = new MockHttpServletRequest("GET", "/error");
        errorPage.setDispatcherType(DispatcherType.ERROR);
        errorPage.addHeader("Accept", "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();
        bean.getFilter().doFilter(errorPage, response, (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLNonTransientException("IO Exception: \"java.io.EOFException\"", "90028",
                            new EOFException()));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentAsString()).contains("数据库暂时无法访问");
    }
}
