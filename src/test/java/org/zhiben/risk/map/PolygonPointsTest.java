package org.zhiben.risk.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;

class PolygonPointsTest {

    private static List<List<Double>> square() {
        return List.of(List.of(0.0, 0.0), List.of(800.0, 0.0), List.of(800.0, 600.0), List.of(0.0, 600.0));
    }

    @Test
    void cornersOnTheImageEdgesAreInsideAndCoordinatesRoundToATenthOfAPixel() {
        assertThat(PolygonPoints.of(square(), 800, 600).format()).isEqualTo("0,0 800,0 800,600 0,600");
        PolygonPoints p = PolygonPoints.of(List.of(List.of(10.04, 20.06), List.of(30.0, 20.0), List.of(30.0, 40.0)),
                800, 600);
        assertThat(p.format()).isEqualTo("10,20.1 30,20 30,40");
        assertThat(p.labelPoint()).isEqualTo(new PolygonPoints.Point(23.3, 26.7));
        assertThat(PolygonPoints.parse(p.format())).isEqualTo(p);
    }

    @Test
    void fewerThanThreePointsAreRefused() {
        assertThatThrownBy(() -> PolygonPoints.of(List.of(List.of(1.0, 1.0), List.of(2.0, 2.0)), 800, 600))
                .isInstanceOf(InvalidInputException.class).hasMessage("多边形至少需要3个点,收到2个");
        assertThatThrownBy(() -> PolygonPoints.of(null, 800, 600)).hasMessage("多边形至少需要3个点,收到0个");
    }

    @Test
    void twoHundredPointsAreAcceptedTwoHundredAndOneAreNot() {
        List<List<Double>> points = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            points.add(List.of((double) i, (double) (i % 2)));
        }
        assertThat(PolygonPoints.of(points, 800, 600).points()).hasSize(200);
        points.add(List.of(1.0, 1.0));
        assertThatThrownBy(() -> PolygonPoints.of(points, 800, 600))
                .isInstanceOf(InvalidInputException.class).hasMessage("多边形最多200个点,收到201个");
    }

    @Test
    void aPointOutsideTheImageIsNamed() {
        assertThatThrownBy(() -> PolygonPoints.of(List.of(List.of(0.0, 0.0), List.of(800.1, 0.0),
                List.of(10.0, 10.0)), 800, 600))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("第2个点 (800.1, 0) 在图片范围之外(0–800 × 0–600)");
        assertThatThrownBy(() -> PolygonPoints.of(List.of(List.of(0.0, 0.0), List.of(10.0, 0.0),
                List.of(10.0, -1.0)), 800, 600)).hasMessageStartingWith("第3个点 (10, -1)");
        assertThatThrownBy(() -> PolygonPoints.of(List.of(List.of(0.0, 0.0), List.of(10.0, 0.0),
                List.of(10.0, 600.5)), 800, 600)).hasMessageStartingWith("第3个点 (10, 600.5)");
    }

    @Test
    void theFormTextIsParsedAndMalformedPairsAreRefused() {
        assertThat(PolygonPoints.raw("1,2 3.5,4  5,6")).containsExactly(List.of(1.0, 2.0), List.of(3.5, 4.0),
                List.of(5.0, 6.0));
        assertThat(PolygonPoints.raw(null)).isEmpty();
        assertThatThrownBy(() -> PolygonPoints.of(PolygonPoints.raw("1,2 x,4 5,6"), 800, 600))
                .hasMessage("第2个点应为 [x, y] 两个数");
    }
}
