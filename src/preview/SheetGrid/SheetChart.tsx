import { useId } from "react";
import { CHART_SIZE } from "../grid-model";
import type { ChartModel } from "./chart-model";
import { Z } from "./sticky";

/** Office's first theme colours, as a new Excel chart uses them. */
const SERIES_COLOURS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];
const PLOT = { left: 56, right: 16, top: 40, bottom: 64 } as const;

export interface SheetChartProps {
  readonly chart: ChartModel;
  /** Where the chart's top-left corner lies over the grid, in pixels. */
  readonly left: number;
  readonly top: number;
}

/** A category label short enough for its slot. */
function clip(text: string, room: number): string {
  const max = Math.max(3, Math.floor(room / 6.5));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A recorded chart drawn as a small SVG over the grid, as Excel floats it
 * over the cells: title, value axis with gridlines, a clustered column (or
 * line) per series, category labels, legend. Its accessible name is the
 * title; its description lists every value.
 */
export function SheetChart({ chart, left, top }: SheetChartProps) {
  const titleId = useId();
  const descId = useId();
  const { width, height } = CHART_SIZE;
  const plotWidth = width - PLOT.left - PLOT.right;
  const plotHeight = height - PLOT.top - PLOT.bottom;
  const { min, max, ticks } = chart.axis;
  const y = (value: number) => PLOT.top + plotHeight - ((value - min) / (max - min)) * plotHeight;
  const slot = plotWidth / Math.max(1, chart.categories.length);
  const barWidth = (slot * 0.7) / Math.max(1, chart.series.length);
  const description = chart.categories
    .map(
      (category, i) =>
        `${category}: ${chart.series.map((s) => `${s.name} ${chart.format(s.values[i] ?? Number.NaN)}`).join(", ")}`,
    )
    .join("; ");

  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-chart={chart.kind}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ position: "absolute", left, top, zIndex: Z.chart, background: "#ffffff", border: "1px solid #d9d9d9" }}
      fontFamily="Calibri, 'Segoe UI', Arial, sans-serif"
    >
      <title id={titleId}>{chart.title}</title>
      <desc id={descId}>{description}</desc>
      <text x={width / 2} y={24} textAnchor="middle" fontSize={15} fill="#404040">
        {chart.title}
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PLOT.left} x2={width - PLOT.right} y1={y(t)} y2={y(t)} stroke="#d9d9d9" />
          <text x={PLOT.left - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill="#595959">
            {chart.format(t)}
          </text>
        </g>
      ))}
      {chart.series.map((series, s) => {
        const colour = SERIES_COLOURS[s % SERIES_COLOURS.length];
        if (chart.kind === "line") {
          const points = series.values
            .map((v, i) => (Number.isFinite(v) ? `${PLOT.left + slot * (i + 0.5)},${y(v)}` : null))
            .filter((p) => p !== null);
          return <polyline key={s} points={points.join(" ")} fill="none" stroke={colour} strokeWidth={2.25} />;
        }
        return series.values.map((v, i) =>
          Number.isFinite(v) ? (
            <rect
              key={`${s}:${i}`}
              data-series={s}
              x={PLOT.left + slot * i + slot * 0.15 + barWidth * s}
              y={Math.min(y(v), y(0))}
              width={barWidth}
              height={Math.abs(y(v) - y(0))}
              fill={colour}
            />
          ) : null,
        );
      })}
      {chart.categories.map((category, i) => (
        <text
          key={i}
          x={PLOT.left + slot * (i + 0.5)}
          y={PLOT.top + plotHeight + 16}
          textAnchor="middle"
          fontSize={11}
          fill="#595959"
        >
          {clip(category, slot)}
        </text>
      ))}
      {chart.series.map((series, s) => {
        const x = PLOT.left + (plotWidth / chart.series.length) * s;
        return (
          <g key={s}>
            <rect x={x} y={height - 22} width={10} height={10} fill={SERIES_COLOURS[s % SERIES_COLOURS.length]} />
            <text x={x + 14} y={height - 13} fontSize={11} fill="#595959">
              {clip(series.name, plotWidth / chart.series.length - 16)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
