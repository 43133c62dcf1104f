/**
 * How tall charts draw: their usual height, scaled up where there is room (presentation slides).
 * A context, so the same chart components serve the workspace and the slides.
 */
import { createContext, useContext } from 'react';

export const ChartScaleContext = createContext(1);

export function useChartHeight(base: number): number {
  return Math.round(base * useContext(ChartScaleContext));
}
