/** The capture policy (pure): which pages Corroborate may read, and why not; when two addresses are the same page. */
export { decideCapture, type CaptureDecision, type CaptureInput, type CaptureTrigger } from './decide';
export { samePageUrl, withoutFragmentDirective } from './page-url';
export { MAX_FORGOTTEN, forgottenKey, isForgotten, updateForgotten } from './forgotten';
