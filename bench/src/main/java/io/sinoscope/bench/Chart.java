package io.sinoscope.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A line chart as a PNG with nothing but the JDK (java.awt, headless, and ImageIO): series of points joined in x
 * order, dashed target lines, axes with round ticks from zero. Enough for the benchmark plots; no dependency to
 * keep up to date.
 */
final class Chart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    record Point(double x, double y) {
    }

    record Series(String name, Color color, List<Point> points) {
    }

    record Target(String name, Color color, double y) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    Chart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    Chart series(String name, Color color, List<Point> points) {
        series.add(new Series(name, color, points.stream().sorted((a, b) -> Double.compare(a.x(), b.x())).toList()));
        return this;
    }

    Chart target(String name, Color color, double y) {
        targets.add(new Target(name, color, y));
        return this;
    }

    boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    void write(Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double xMax = niceCeiling(series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::x).max()
                .orElse(1));
        double yMax = niceCeiling(Math.max(series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::y)
                .max().orElse(1), targets.stream().mapToDouble(Target::y).max().orElse(0)) * 1.1);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, TOP - 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i <= 5; i++) {
            int x = LEFT + plotWidth * i / 5;
            int y = TOP + plotHeight - plotHeight * i / 5;
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            String xTick = tick(xMax * i / 5);
            g.drawString(xTick, x - metrics.stringWidth(xTick) / 2, TOP + plotHeight + 18);
            String yTick = tick(yMax * i / 5);
            g.drawString(yTick, LEFT - 8 - metrics.stringWidth(yTick), y + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotWidth, plotHeight);
        g.drawString(xLabel, LEFT + plotWidth / 2 - metrics.stringWidth(xLabel) / 2, HEIGHT - 18);
        var rotated = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(TOP + plotHeight / 2 + metrics.stringWidth(yLabel) / 2), 20);
        g.setTransform(rotated);

        int legend = 0;
        for (Target target : targets) {
            int y = TOP + plotHeight - (int) Math.round(target.y() / yMax * plotHeight);
            g.setColor(target.color());
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
            g.drawLine(LEFT, y, LEFT + plotWidth, y);
            legend(g, legend++, target.color(), target.name(), true);
        }
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(new BasicStroke(2.5f));
            int previousX = -1;
            int previousY = -1;
            for (Point p : s.points()) {
                int x = LEFT + (int) Math.round(p.x() / xMax * plotWidth);
                int y = TOP + plotHeight - (int) Math.round(p.y() / yMax * plotHeight);
                if (previousX >= 0) {
                    g.drawLine(previousX, previousY, x, y);
                }
                g.fillOval(x - 4, y - 4, 8, 8);
                previousX = x;
                previousY = y;
            }
            legend(g, legend++, s.color(), s.name(), false);
        }
    }

    private static void legend(Graphics2D g, int row, Color color, String name, boolean dashed) {
        int x = LEFT + 15;
        int y = TOP + 20 + row * 18;
        g.setColor(color);
        g.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {5, 3}, 0) : new BasicStroke(2.5f));
        g.drawLine(x, y - 4, x + 24, y - 4);
        g.setColor(Color.BLACK);
        g.drawString(name, x + 30, y);
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten at or above the value: round axis ends and ticks. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String tick(double value) {
        return value == Math.rint(value) ? String.format("%,d", (long) value) : String.format("%,.1f", value);
    }
}
