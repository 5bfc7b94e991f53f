package org.zhiben.tip.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.tip.NewTip;
import org.zhiben.tip.TipChannel;

/** The public tip form (and the staff entry form, which adds the channel). */
public class PublicTipForm {

    private @Size(max = 16) String channel;
    private @Size(max = 2000) String content;
    private @Size(max = 200) String place;
    private @Size(max = 64) String enterpriseId;
    private @Size(max = 200) String enterpriseName;
    private @Size(max = 200) String unitName;
    private @Size(max = 12) String regionCode;
    private boolean anonymous = true;
    private @Size(max = 50) String reporterName;
    private @Size(max = 100) String reporterContact;
    private boolean joint;
    private @Size(max = 200) String challengeToken; // expiry, nonce and signature; TipChallenges reads up to 200
    private @Size(max = 3) String challengeAnswer;
    private @Size(max = 64) String idempotencyKey;

    NewTip toTip(TipChannel defaultChannel) {
        TipChannel ch = defaultChannel;
        if (channel != null && !channel.isBlank()) {
            try {
                ch = TipChannel.valueOf(channel);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("channel", "请选择举报渠道");
            }
        }
        return new NewTip(ch, content, place, enterprise(), unitName, regionCode, anonymous, reporterName,
                reporterContact, joint);
    }

    private UUID enterprise() {
        if (enterpriseId == null || enterpriseId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(enterpriseId.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("enterpriseId", "所选企业不存在,请重新搜索选择或直接填写单位名称");
        }
    }

    /** The photos travel as files beside the form; the property only carries their message. */
    public String getPhotos() { return null; }
    public void setPhotos(String v) { }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getEnterpriseId() { return enterpriseId; }
    public void setEnterpriseId(String v) { enterpriseId = v; }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String v) { enterpriseName = v; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String v) { unitName = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { anonymous = v; }
    public String getReporterName() { return reporterName; }
    public void setReporterName(String v) { reporterName = v; }
    public String getReporterContact() { return reporterContact; }
    public void setReporterContact(String v) { reporterContact = v; }
    public boolean isJoint() { return joint; }
    public void setJoint(boolean v) { joint = v; }
    public String getChallengeToken() { return challengeToken; }
    public void setChallengeToken(String v) { challengeToken = v; }
    public String getChallengeAnswer() { return challengeAnswer; }
    public void setChallengeAnswer(String v) { challengeAnswer = v; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { idempotencyKey = v; }
}
