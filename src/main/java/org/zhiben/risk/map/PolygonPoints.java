package org.zhiben.risk.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.zhiben.common.InvalidInputException;

/**
 * The corners of a polygon in image pixels (origin top left), rounded to 0.1 px. A valid outline has 3 to 200
 * points, each inside the image: 0 ≤ x ≤ width, 0 ≤ y ≤ height.
 */
record PolygonPoints(List<Point> points) {

    public static final int MIN_POINTS = 3;
    public static final int MAX_POINTS = 200;

    public record Point(double x, double y) {
    }

    public PolygonPoints {
        points = List.copyOf(points);
    }

    /** Checks client input ({@code [[x, y], …]}) against the image; the message names the first offending point. */
    public static PolygonPoints of(List<List<Double>> raw, int width, int height) {
        if (raw == null || raw.size() < MIN_POINTS) {
            throw new InvalidInputException("points", "多边形至少需要" + MIN_POINTS + "个点,收到"
                    + (raw == null ? 0 : raw.size()) + "个");
        }
        if (raw.size() > MAX_POINTS) {
            throw new InvalidInputException("points", "多边形最多" + MAX_POINTS + "个点,收到" + raw.size() + "个");
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            List<Double> p = raw.get(i);
            if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null
                    || !Double.isFinite(p.get(0)) || !Double.isFinite(p.get(1))) {
                throw new InvalidInputException("points", "第" + (i + 1) + "个点应为 [x, y] 两个数");
            }
            double x = round(p.get(0));
            double y = round(p.get(1));
            if (x < 0 || x > width || y < 0 || y > height) {
                throw new InvalidInputException("points", "第" + (i + 1) + "个点 (" + plain(x) + ", " + plain(y)
                        + ") 在图片范围之外(0–" + width + " × 0–" + height + ")");
            }
            points.add(new Point(x, y));
        }
        return new PolygonPoints(points);
    }

    /** The page's form sends {@code x,y x,y …}; a malformed pair becomes an empty point that {@link #of} refuses. */
    public static List<List<Double>> raw(String text) {
        List<List<Double>> raw = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.strip().split("\\s+")) {
                String[] xy = pair.split(",");
                try {
                    raw.add(xy.length == 2 ? List.of(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])) : List.of());
                } catch (NumberFormatException e) {
                    raw.add(List.of());
                }
            }
        }
        return raw;
    }

    /** Reads the stored form (trusted: written by {@link #format()}). */
    static PolygonPoints parse(String stored) {
        List<Point> points = new ArrayList<>();
        for (String pair : stored.split(" ")) {
            String[] xy = pair.split(",");
            points.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
        }
        return new PolygonPoints(points);
    }

    /** {@code x,y x,y …}, also the SVG {@code points} attribute. */
    public String format() {
        return points.stream().map(p -> plain(p.x()) + "," + plain(p.y())).collect(Collectors.joining(" "));
    }

    public List<List<Double>> asLists() {
        return points.stream().map(p -> List.of(p.x(), p.y())).toList();
    }

    /** Where to put the label: the mean of the corners (inside for the convex shapes plans are mostly made of). */
    public Point labelPoint() {
        double x = points.stream().mapToDouble(Point::x).average().orElse(0);
        double y = points.stream().mapToDouble(Point::y).average().orElse(0);
        return new Point(round(x), round(y));
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
