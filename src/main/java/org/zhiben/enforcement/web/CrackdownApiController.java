package org.zhiben.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.common.InvalidInputException;
import org.zhiben.enforcement.Crackdowns;
import org.zhiben.enforcement.EnforcementDirectory;

/** 打非治违 filings over the API. */
@RestController
@Tag(name = "执法 Enforcement")
class CrackdownApiController {

    private final Crackdowns crackdowns;
    private final EnforcementDirectory directory;

    CrackdownApiController(Crackdowns crackdowns, EnforcementDirectory directory) {
        this.crackdowns = crackdowns;
        this.directory = directory;
    }

    record OpenRequest(Integer year) {
    }

    record FileRequest(Long version, @Size(max = 8000) String content) {
    }

    @PostMapping(path = "/api/v1/enforcement/crackdown/years", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "打非治违:生成本机构某年度的报送事项", description = "年度打击治理重点及措施(1月31日前)、"
            + "12次月度调度(当月最后一日前)、半年小结(默认7月15日前);重复请求返回已生成的事项")
    List<Crackdowns.ItemView> open(@RequestBody OpenRequest r) {
        if (r.year() == null) {
            throw new InvalidInputException("year", "请填写年度");
        }
        return crackdowns.open(r.year());
    }

    @GetMapping("/api/v1/enforcement/crackdown/items")
    @Operation(summary = "打非治违报送事项(按到期日)", description = "office:执法机构的区划代码(默认本人机构)")
    List<Crackdowns.ItemView> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 12) String office) {
        return crackdowns.list(office, year == null ? directory.today().getYear() : year);
    }

    @GetMapping("/api/v1/enforcement/crackdown/items/{id}")
    @Operation(summary = "打非治违报送事项")
    Crackdowns.ItemView get(@PathVariable UUID id) {
        return crackdowns.get(id);
    }

    @PostMapping(path = "/api/v1/enforcement/crackdown/items/{id}/file", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报送", description = "只能报送一次;记录内容的 SHA-256;晚于到期日为逾期报送(late);须提供 version")
    Crackdowns.ItemView file(@PathVariable UUID id, @RequestBody FileRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "请提供版本号 version");
        }
        return crackdowns.file(id, r.version(), r.content());
    }

}
