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
import './complexity.css';

/** The drawing's own units; the SVG scales down to narrow panels from here. */
const WIDTH = 480;
const HEIGHT = 240;
const PLOT = { left: 64, right: WIDTH - 16, top: 12, bottom: HEIGHT - 44 };
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
  const measuredCurve = fitCurve(measured, points);
  const claimedCurve = claimed ? fitCurve(claimed, points) : null;

  const sizes = points.map((p) => p.n);
  const steps = points.map((p) => p.steps);
  const xDomain = powerDomain(sizes, 2);
  const yDomain = powerDomain(steps, 10);
  const x = logScale(xDomain, [PLOT.left + INSET, PLOT.right - INSET]);
  const yRaw = logScale(yDomain, [PLOT.bottom - INSET, PLOT.top + INSET]);
  // Far-off values (a steep claimed curve) are pinned just outside the plot, then clipped.
  const span = PLOT.bottom - PLOT.top;
  const y = (steps: number) => Math.min(PLOT.bottom + span, Math.max(PLOT.top - span, yRaw(steps)));
  const xTicks = powerTicks(xDomain, 2, 7);
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
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary(points, measured, claimed)}
        data-testid="complexity-chart"
      >
        <defs>
          <clipPath id={clip}>
            <rect x={PLOT.left} y={PLOT.top} width={PLOT.right - PLOT.left} height={PLOT.bottom - PLOT.top} />
          </clipPath>
        </defs>
        <g className="chart-grid">
          {xTicks.map((n) => (
            <line key={`x${n}`} x1={x(n)} x2={x(n)} y1={PLOT.top} y2={PLOT.bottom} />
          ))}
          {yTicks.map((steps) => (
            <line key={`y${steps}`} x1={PLOT.left} x2={PLOT.right} y1={y(steps)} y2={y(steps)} />
          ))}
        </g>
        <g className="chart-axis">
          <line x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} />
          <line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} />
          {xTicks.map((n) => (
            <text key={n} x={x(n)} y={PLOT.bottom + 16} textAnchor="middle">
              {formatTick(n, false)}
            </text>
          ))}
          {yTicks.map((steps) => (
            <text key={steps} x={PLOT.left - 6} y={y(steps) + 4} textAnchor="end">
              {formatTick(steps, true)}
            </text>
          ))}
          <text className="chart-axis-label" x={(PLOT.left + PLOT.right) / 2} y={HEIGHT - 6} textAnchor="middle">
            input size n (log scale)
          </text>
          <text
            className="chart-axis-label"
            transform={`translate(14 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`}
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
