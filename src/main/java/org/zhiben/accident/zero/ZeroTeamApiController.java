package org.zhiben.accident.zero;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.FileType;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Photos;
import org.zhiben.common.web.Downloads;

/**
 * The 零事故 创建工作专班 API (seed 004 §六(一)): the groups of counties / development zones and lead departments,
 * their meeting log with photos, monthly 调度会议 and quarterly 现场会 compliance, and the yearly 通报表扬 list.
 */
@RestController
@RequestMapping("/api/v1/accidents")
@Tag(name = "零事故创建工作专班 Zero-accident working groups", description = "各县(市、区)、开发区和牵头部门的“零事故”创建工作专班:"
        + "会议记录(调度会议、现场会、其他,含照片)、每月调度会议和每季现场会的落实情况、月末季末前的提醒,以及年度通报表扬名单"
        + "(已认定单位,Word 导出);范围外一律404,版本过期409")
class ZeroTeamApiController {

    private final ZeroTeams teams;
    private final ZeroAccidents zero;

    ZeroTeamApiController(ZeroTeams teams, ZeroAccidents zero) {
        this.teams = teams;
        this.zero = zero;
    }

    record Created(UUID id) {
    }

    record CommendRequest(UUID unitYearId, @Size(max = 500) String reason) {
    }

    @GetMapping("/zero-campaigns/{id}/teams")
    @Operation(summary = "工作专班列表(本人可见的)")
    List<ZeroTeams.TeamView> list(@PathVariable UUID id) {
        return teams.teams(id);
    }

    @PostMapping(path = "/zero-campaigns/{id}/teams", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记工作专班", description = "orgKind REGION(县(市、区)、开发区,orgCode 为区划代码)或 DEPARTMENT"
            + "(牵头部门,orgCode 为部门标识,orgName 部门名称);登记附表2联络员时也会自动登记")
    ResponseEntity<Created> register(@PathVariable UUID id, @RequestBody ZeroTeams.TeamData d) {
        UUID team = teams.register(id, d);
        return ResponseEntity.created(URI.create("/api/v1/accidents/zero-teams/" + team)).body(new Created(team));
    }

    @GetMapping("/zero-teams/{teamId}")
    @Operation(summary = "工作专班")
    ZeroTeams.TeamView team(@PathVariable UUID teamId) {
        return teams.team(teamId);
    }

    @GetMapping("/zero-campaigns/{id}/team-compliance")
    @Operation(summary = "专班会议落实情况", description = "year 年每个专班每月调度会议、每季现场会的召开次数和状态:"
            + "MET 已召开,MISSED 期末已过未召开,OPEN 未到期;会议日期在期间首日至末日(含)内计入")
    ZeroTeams.Compliance compliance(@PathVariable UUID id, @RequestParam int year) {
        return teams.compliance(id, year);
    }

    @GetMapping("/zero-teams/{teamId}/meetings")
    @Operation(summary = "专班会议记录(一年,新的在前)")
    List<ZeroTeams.MeetingView> meetings(@PathVariable UUID teamId, @RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年份应在2000–2100之间");
        }
        return teams.meetings(teamId, year);
    }

    @PostMapping(path = "/zero-teams/{teamId}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记专班会议", description = "heldOn(不晚于今天,在创建期内)、kind DISPATCH 调度会议 / ONSITE 现场会 /"
            + " OTHER 其他会议、title、attendees、issues 存在问题、decisions 议定事项;照片另行上传")
    ResponseEntity<ZeroTeams.MeetingView> record(@PathVariable UUID teamId, @RequestBody ZeroTeams.MeetingData d,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false)
            String key) {
        UUID id = teams.record(teamId, d, List.of(), key);
        return ResponseEntity.created(URI.create("/api/v1/accidents/zero-meetings/" + id)).body(teams.meeting(id));
    }

    @GetMapping("/zero-meetings/{id}")
    @Operation(summary = "专班会议记录")
    ZeroTeams.MeetingView meeting(@PathVariable UUID id) {
        return teams.meeting(id);
    }

    @PostMapping(path = "/zero-meetings/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传会议照片", description = "JPEG 或 PNG,每张不超过10 MB,每次会议最多9张;带 version")
    ZeroTeams.MeetingView photos(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam("file") List<MultipartFile> files) throws IOException {
        teams.addPhotos(id, InputRules.version(version), bytes(files));
        return teams.meeting(id);
    }

    @GetMapping("/zero-meetings/{id}/photos/{n}")
    @Operation(summary = "会议照片(第 n 张,从0起)")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable int n) {
        return serve(teams.photo(id, n));
    }

    @DeleteMapping("/zero-meetings/{id}")
    @Operation(summary = "删除误登记的会议记录(带 version)")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) Long version) {
        teams.delete(id, InputRules.version(version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/zero-campaigns/{id}/commendation-candidates")
    @Operation(summary = "可通报表扬的单位(year 年已认定的)")
    List<ZeroTeams.Candidate> candidates(@PathVariable UUID id, @RequestParam int year) {
        return teams.candidates(id, year);
    }

    @GetMapping("/zero-campaigns/{id}/commendations")
    @Operation(summary = "年度通报表扬名单")
    List<ZeroTeams.CommendationView> commendations(@PathVariable UUID id, @RequestParam int year) {
        return teams.commendations(id, year);
    }

    @PostMapping(path = "/zero-campaigns/{id}/commendations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "列入通报表扬名单", description = "市专班办公室选择已认定的单位年度 unitYearId,填写表扬理由 reason")
    ResponseEntity<Created> commend(@PathVariable UUID id, @RequestBody CommendRequest r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false)
            String key) {
        UUID k = teams.commend(id, r.unitYearId(), r.reason(), key);
        return ResponseEntity.created(URI.create("/api/v1/accidents/zero-campaigns/" + id + "/commendations"))
                .body(new Created(k));
    }

    @DeleteMapping("/zero-commendations/{id}")
    @Operation(summary = "移出通报表扬名单(带 version)")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @RequestParam(required = false) Long version) {
        teams.withdraw(id, InputRules.version(version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/zero-campaigns/{id}/commendations.docx")
    @Operation(summary = "通报表扬名单导出为 Word(A4)")
    ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam int year) throws IOException {
        return commendationsDocx(zero, teams, id, year);
    }

    static ResponseEntity<byte[]> commendationsDocx(ZeroAccidents zero, ZeroTeams teams, UUID id, int year)
            throws IOException {
        ZeroAccidents.CampaignView c = zero.campaign(id);
        List<ZeroTeams.CommendationView> list = teams.commendations(id, year);
        Set<String> codes = new HashSet<>();
        list.forEach(k -> codes.add(k.countyCode()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommendationDocuments.docx(c, year, list, zero.regionNames(codes), zero.today(), out);
        return Downloads.document(CommendationDocuments.fileName(c, year)
                + ".docx", FileType.DOCX, out.toByteArray());
    }

    static List<byte[]> bytes(List<MultipartFile> files) throws IOException {
        List<byte[]> out = new java.util.ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            if (f.getSize() > Photos.MAX_BYTES) {
                throw new InvalidInputException("photos", "照片不能超过10 MB");
            }
            out.add(f.getBytes());
        }
        return out;
    }

    static ResponseEntity<byte[]> serve(ZeroTeams.Photo p) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.type().contentType()))
                .header("Cache-Control", "private, max-age=3600").body(p.bytes());
    }
}
