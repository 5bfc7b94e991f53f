package org.zhiben;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhibenApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhibenApplication.class, args);
    }
}
