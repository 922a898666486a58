import type { ComplexityClass, DataPoint } from '@dryrun/shared';
import { useId, useState } from 'react';
import {
  formatStepsCount,
  formatTick,
  logSamples,
  logScale,
  powerDomain,
  powerTicks,
  trimNumber,
} from './chartScale.ts';
import { type FittedCurve, fitCurve } from './curveFit.ts';
import { useElementWidth } from '../layout/useElementWidth.ts';
import './complexity.css';

/**
 * The chart is drawn at the width it is shown at, in CSS pixels, so its text keeps its size
 * in a narrow panel (a scaled-down drawing would shrink it) and its lines keep their weight
 * in a wide one; below MIN_WIDTH it scales down after all.
 */
const MIN_WIDTH = 280;
const MAX_WIDTH = 720;
const FIRST_WIDTH = 480;
const HEIGHT = 240;
const MARGIN = { left: 64, right: 16, top: 12, bottom: 44 };
/** Room inside the axes, so a point at the end of a scale is not cut in half. */
const INSET = 8;
/** Points along each curve: enough for n log n to bend smoothly on a log scale. */
const SAMPLES = 48;

/**
 * How steps grew with the input size, on log–log axes (sizes double, so points sit evenly):
 * the measured points, the measured class's fitted curve (solid) and, when the claim names
 * another class, the claimed class's fitted curve (dashed), each `a·f(n) + b` closest to
 * the points. Screen readers get a summary and the points as a table; lines differ by dash
 * and by legend text, not by colour alone.
 */
export function ComplexityChart({
  points,
  measured,
  claimed,
}: {
  points: readonly DataPoint[];
  measured: ComplexityClass;
  /** The claimed class, when the claim names one and it differs from the measured one. */
  claimed: ComplexityClass | null;
}) {
  const id = useId();
  const [tableOpen, setTableOpen] = useState(false);
  const [svgRef, shownWidth] = useElementWidth<SVGSVGElement>(FIRST_WIDTH);
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, shownWidth));
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom };
  const measuredCurve = fitCurve(measured, points);
  const claimedCurve = claimed ? fitCurve(claimed, points) : null;

  const sizes = points.map((p) => p.n);
  const steps = points.map((p) => p.steps);
  const xDomain = powerDomain(sizes, 2);
  const yDomain = powerDomain(steps, 10);
  const x = logScale(xDomain, [plot.left + INSET, plot.right - INSET]);
  const yRaw = logScale(yDomain, [plot.bottom - INSET, plot.top + INSET]);
  // Far-off values (a steep claimed curve) are pinned just outside the plot, then clipped.
  const span = plot.bottom - plot.top;
  const y = (steps: number) => Math.min(plot.bottom + span, Math.max(plot.top - span, yRaw(steps)));
  // About one size label per 56 px, so they never run into each other.
  const xTicks = powerTicks(xDomain, 2, Math.max(3, Math.min(7, Math.floor((plot.right - plot.left) / 56))));
  const yTicks = powerTicks(yDomain, 10, 6);

  const path = (curve: FittedCurve) =>
    logSamples(xDomain, SAMPLES)
      .map((n) => ({ n, steps: curve.at(n) }))
      .filter(({ steps }) => !Number.isNaN(steps))
      .map(({ n, steps }, i) => `${i === 0 ? 'M' : 'L'}${x(n).toFixed(1)},${y(steps).toFixed(1)}`)
      .join(' ');

  const clip = `${id}-plot`;
  const tableId = `${id}-table`;
  return (
    <figure className="complexity-chart">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={summary(points, measured, claimed)}
        data-testid="complexity-chart"
      >
        <defs>
          <clipPath id={clip}>
            <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} />
          </clipPath>
        </defs>
        <g className="chart-grid">
          {xTicks.map((n) => (
            <line key={`x${n}`} x1={x(n)} x2={x(n)} y1={plot.top} y2={plot.bottom} />
          ))}
          {yTicks.map((steps) => (
            <line key={`y${steps}`} x1={plot.left} x2={plot.right} y1={y(steps)} y2={y(steps)} />
          ))}
        </g>
        <g className="chart-axis">
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
          {xTicks.map((n) => (
            <text key={n} x={x(n)} y={plot.bottom + 16} textAnchor="middle">
              {formatTick(n, false)}
            </text>
          ))}
          {yTicks.map((steps) => (
            <text key={steps} x={plot.left - 6} y={y(steps) + 4} textAnchor="end">
              {formatTick(steps, true)}
            </text>
          ))}
          <text className="chart-axis-label" x={(plot.left + plot.right) / 2} y={HEIGHT - 6} textAnchor="middle">
            input size n (log scale)
          </text>
          <text
            className="chart-axis-label"
            transform={`translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            steps (log scale)
          </text>
        </g>
        <g clipPath={`url(#${clip})`}>
          {claimedCurve && <path className="chart-curve claimed" d={path(claimedCurve)} />}
          {measuredCurve && <path className="chart-curve measured" d={path(measuredCurve)} />}
          {points.map((p) => (
            <circle key={p.n} className="chart-point" cx={x(p.n)} cy={y(p.steps)} r={3.5} />
          ))}
        </g>
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <LegendMark kind="point" />
            Mean steps measured at each size
          </li>
          <li>
            <LegendMark kind="measured" />
            Measured {measured}, fitted (solid line)
          </li>
          {claimed && (
            <li>
              <LegendMark kind="claimed" />
              Claimed {claimed}, fitted (dashed line)
            </li>
          )}
        </ul>
        <button
          type="button"
          className="disclosure"
          aria-expanded={tableOpen}
          aria-controls={tableId}
          onClick={() => setTableOpen((open) => !open)}
        >
          <span className="chevron" aria-hidden="true">
            {tableOpen ? '▾' : '▸'}
          </span>
          Data points
        </button>
      </figcaption>
      <table id={tableId} className="chart-table" hidden={!tableOpen} data-testid="complexity-table">
        <caption className="visually-hidden">Mean steps measured at each input size</caption>
        <thead>
          <tr>
            <th scope="col">Input size n</th>
            <th scope="col">Steps</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.n}>
              <td>{trimNumber(p.n)}</td>
              <td>{trimNumber(p.steps)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The chart in one sentence, for screen readers. */
function summary(points: readonly DataPoint[], measured: ComplexityClass, claimed: ComplexityClass | null): string {
  const first = points[0];
  const last = points.at(-1);
  const range =
    first && last
      ? `${points.length} ${points.length === 1 ? 'size' : 'sizes'}, from ${formatStepsCount(first.steps)} steps at n = ${trimNumber(first.n)} to ${formatStepsCount(last.steps)} steps at n = ${trimNumber(last.n)}`
      : 'no sizes';
  const curves = claimed
    ? `A solid line fits ${measured}, as measured; a dashed line fits ${claimed}, as claimed.`
    : `A solid line fits ${measured}, as measured.`;
  return `Steps against input size n, both on log scales: ${range}. ${curves}`;
}

/** A legend's sample of a line or a point, drawn like the chart draws it. */
function LegendMark({ kind }: { kind: 'point' | 'measured' | 'claimed' }) {
  return (
    <svg className="legend-mark" viewBox="0 0 28 10" aria-hidden="true">
      {kind === 'point' ? (
        <circle className="chart-point" cx={14} cy={5} r={3.5} />
      ) : (
        <line className={`chart-curve ${kind}`} x1={1} x2={27} y1={5} y2={5} />
      )}
    </svg>
  );
}
