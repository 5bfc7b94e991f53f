package org.zhiben.notify.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhiben.notify.SmsGateway;

@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

    /** Only when the deployment declares no gateway of its own. */
    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway loggingSmsGateway() {
        return new LoggingSmsGateway();
    }
}
