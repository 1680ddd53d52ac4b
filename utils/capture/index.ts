/** The capture policy (pure): which pages Corroborate may read, and why not. */
export { decideCapture, type CaptureDecision, type CaptureInput, type CaptureTrigger } from './decide';
