package org.zhiben.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Controller methods matched by their path first. An address with a variable ({@code /tasks/{id}/records}) is
 * checked against every such mapping of the application, several hundred, and Spring MVC tests each one's method,
 * headers and content type before its path: every test reads the request through the security wrappers, and the
 * firewall validates each header it hands out. That search was a tenth of a completion's CPU. The path rejects
 * almost every mapping at once; the full match of the few left is unchanged, and so are the 405 and 415 answers,
 * which Spring works out from the mappings themselves.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstHandlerMapping {

    @Bean
    WebMvcRegistrations pathFirst() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }
        };
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }
}
