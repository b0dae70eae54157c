/** Axis helpers for the SVG charts: a "nice" range with round tick values. */
export interface Axis {
	min: number;
	max: number;
	ticks: number[];
}

function niceStep(span: number, count: number): number {
	const raw = span / Math.max(count, 1);
	const power = 10 ** Math.floor(Math.log10(raw || 1));
	const unit = raw / power;
	const nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 2.5 ? 2.5 : unit <= 5 ? 5 : 10;
	return nice * power;
}

/** An axis that includes zero and every value, with about `count` ticks. */
export function niceAxis(values: number[], count = 4): Axis {
	const low = Math.min(0, ...values);
	const high = Math.max(0, ...values);
	if (low === high) return { min: 0, max: 1, ticks: [0, 1] };
	const step = niceStep(high - low, count);
	const min = Math.floor(low / step) * step;
	const max = Math.ceil(high / step) * step;
	const ticks: number[] = [];
	for (let v = min; v <= max + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
	return { min, max, ticks };
}

/** Maps a value on the axis to a y coordinate between top and bottom. */
export function project(axis: Axis, value: number, top: number, bottom: number): number {
	return bottom - ((value - axis.min) / (axis.max - axis.min || 1)) * (bottom - top);
}

/** Accessible, distinguishable colours on white (each at least 4.5:1). */
export const CHART_COLOURS = ['#00527a', '#a34700', '#0b6b2f', '#6b2c91', '#4d4d4d'];
