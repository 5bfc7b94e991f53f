package org.zhiben.tip.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Photos;
import org.zhiben.tip.Tips;

/** The photos of a form: empty file inputs skipped, at most three, each read up to the photo limit (plus one byte). */
final class Uploads {

    private Uploads() {
    }

    static List<byte[]> read(MultipartFile[] files) {
        List<byte[]> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            if (out.size() == Tips.MAX_PHOTOS) {
                throw new InvalidInputException("photos", "照片最多" + Tips.MAX_PHOTOS + "张");
            }
            if (f.getSize() > Photos.MAX_BYTES) {
                throw new InvalidInputException("photos", "照片不能超过10 MB");
            }
            try {
                out.add(f.getInputStream().readNBytes((int) Photos.MAX_BYTES + 1));
            } catch (IOException e) {
                throw new InvalidInputException("photos", "照片未能读取,请重新选择");
            }
        }
        return out;
    }
}
